namespace MissingChildren.Domain.Policy;

/// <summary>Children of, and notifications to, other local authorities (R8, R9, R41, R42).</summary>
public sealed record OtherAuthoritySettings
{
    /// <summary>R8: a looked-after child of another authority placed here.</summary>
    public required PlacedHereSettings PlacedHere { get; init; }

    /// <summary>R9: the Director letter; null when not applied.</summary>
    public DirectorLetterSettings? DirectorLetter { get; init; }

    /// <summary>R41, R42: other local authorities told of a family missing, or of a child missing from or found in their area; null when not applied.</summary>
    public OtherAreasSettings? OtherAreas { get; init; }
}

/// <summary>R41, R42 (001 "Information sharing with other local authorities").</summary>
public sealed record OtherAreasSettings
{
    /// <summary>R41: a family that goes missing: every other local authority named is told.</summary>
    public required bool TellOtherAuthoritiesOfMissingFamily { get; init; }

    /// <summary>R42: the authority whose area the child went missing from, or was found in, is told.</summary>
    public required bool TellAreaMissingFromOrFoundIn { get; init; }
}

/// <summary>R8: a looked-after child of another (home) authority placed here.</summary>
public sealed record PlacedHereSettings
{
    public required bool InformHomeAuthority { get; init; }

    /// <summary>True: the home authority does the RHI. False (Somerset, 002 §8): we offer it ourselves.</summary>
    public required bool RhiByHomeAuthority { get; init; }

    /// <summary>The episode is completed without the RHI or risk assessment sections (001 §4.1).</summary>
    public required bool CompleteEpisodeWithoutRhiOrRiskSections { get; init; }

    public required bool RequestRhiFormFromHomeAuthority { get; init; }

    /// <summary>Remind the home authority this many days after the RHI form was due.</summary>
    public int? FormReminderAfterDays { get; init; }

    /// <summary>Escalate this many days after the reminder.</summary>
    public int? EscalateAfterFurtherDays { get; init; }

    /// <summary>We send the completed (or refused) RHI form to the home authority's social worker (002 §8.1.3).</summary>
    public required bool SendCompletedFormToHomeSocialWorker { get; init; }
}

/// <summary>R9: a letter to the home authority's Director.</summary>
public sealed record DirectorLetterSettings
{
    /// <summary>Written on this many notifications about the same child (001 §4.3: four or more).</summary>
    public required int OnNotificationCount { get; init; }

    /// <summary>Or on any notification that shows a risk of harm.</summary>
    public required bool OrAnyNotificationShowingRiskOfHarm { get; init; }

    public required bool UrgentContactWithHomeAuthority { get; init; }
}
