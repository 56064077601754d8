namespace MissingChildren.Domain.Policy;

/// <summary>After the child is found: social work, assessments, plans and meetings (R18, R28–R33).</summary>
public sealed record AfterReturnSettings
{
    /// <summary>R18: a child open to CSC gets meaningful SW contact within this many hours of return; null when not applied.</summary>
    public int? SocialWorkerContactWithinHours { get; init; }

    /// <summary>002 §5.2: the IRO is made aware when our looked-after child returns.</summary>
    public required bool IroNotificationOnReturnForLookedAfter { get; init; }

    /// <summary>R28: child exploitation assessment; null when not required by the profile.</summary>
    public CeAssessmentSettings? CeAssessment { get; init; }

    /// <summary>R29: missing risk assessment and prevention plan; null when not applied.</summary>
    public PreventionPlanSettings? PreventionPlan { get; init; }

    /// <summary>R30: manager authorisation and outcomes.</summary>
    public required ManagerAuthorisationSettings ManagerAuthorisation { get; init; }

    /// <summary>R31: Serious Incident Notification; null when not applied.</summary>
    public SeriousIncidentNotificationSettings? SeriousIncidentNotification { get; init; }

    /// <summary>R32: trigger plan; null when not applied.</summary>
    public TriggerPlanSettings? TriggerPlan { get; init; }

    /// <summary>R33: professionals meeting; null when not applied.</summary>
    public ProfessionalsMeetingSettings? ProfessionalsMeeting { get; init; }
}

/// <summary>R28: which children get a child exploitation assessment.</summary>
public sealed record CeAssessmentSettings
{
    public required CeAssessmentScope Scope { get; init; }

    /// <summary>With <see cref="CeAssessmentScope.MissingChildrenFromMinimumAge"/>: the minimum age (inclusive).</summary>
    public int? MinimumAge { get; init; }

    /// <summary>Not needed when one was done since the episode began (002 §4.12).</summary>
    public required bool SkipIfDoneSinceEpisodeBegan { get; init; }

    /// <summary>Started as soon as the notification is received (001 §3.1).</summary>
    public required bool StartOnNotification { get; init; }

    public bool IsRequiredFor(int age, bool missing) => Scope switch
    {
        CeAssessmentScope.EveryMissingOrAbsentChild => true,
        CeAssessmentScope.MissingChildrenFromMinimumAge => missing && age >= (MinimumAge ?? 0),
        _ => false,
    };
}

/// <summary>R29 (002 §4.13, §4.16; 000): missing risk assessment and prevention plan.</summary>
public sealed record PreventionPlanSettings
{
    /// <summary>The RHI worker completes one for every child without an allocated social worker.</summary>
    public required bool RequiredWhenNoAllocatedSocialWorker { get; init; }

    /// <summary>Social workers complete or update it for CIN, CP and CLA children.</summary>
    public required bool SocialWorkerUpdatesForCinCpCla { get; init; }

    /// <summary>Why a plan was not completed is recorded as a case note.</summary>
    public required bool ReasonRecordedWhenNotCompleted { get; init; }
}

/// <summary>R30 (001 §3.2, §3.5): a manager authorises every RHI and risk assessment.</summary>
public sealed record ManagerAuthorisationSettings
{
    /// <summary>The outcomes the manager chooses one of.</summary>
    public required IReadOnlyList<ManagerOutcome> Outcomes { get; init; }

    /// <summary>R30 (001 §3.5): whose team manager authorises a return home interview.</summary>
    public required RhiAuthoriser RhiAuthorisedBy { get; init; }

    /// <summary>
    /// The team whose manager authorises an RHI allocated to <paramref name="rhiTeamId"/>, for a child allocated to
    /// <paramref name="childTeamId"/> (null when the child has no allocated team).
    /// </summary>
    public Guid? RhiAuthorisingTeam(Guid? rhiTeamId, Guid? childTeamId) => RhiAuthorisedBy switch
    {
        // 001 §3.5: the child's allocated social worker's team manager, or where there isn't one a manager of the RHI service.
        RhiAuthoriser.ChildsTeam => childTeamId ?? rhiTeamId,
        _ => rhiTeamId,
    };
}

/// <summary>R31 (001 §3.4): when a Serious Incident Notification is needed (any one condition).</summary>
public sealed record SeriousIncidentNotificationSettings
{
    public required bool WhenLookedAfter { get; init; }

    public required bool WhenChildInNeedOrProtectionPlan { get; init; }

    /// <summary>Or missing at least this many hours; null when duration alone does not trigger it.</summary>
    public int? WhenMissingAtLeastHours { get; init; }

    public required PolicyRole SentBy { get; init; }

    public required PolicyRole SentTo { get; init; }

    public bool IsRequired(bool lookedAfter, bool childInNeedOrProtectionPlan, TimeSpan missingFor) =>
        (WhenLookedAfter && lookedAfter)
        || (WhenChildInNeedOrProtectionPlan && childInNeedOrProtectionPlan)
        || (WhenMissingAtLeastHours is { } hours && missingFor >= TimeSpan.FromHours(hours));
}

/// <summary>R32 (001 §3.6): a trigger plan for regular or multiple episodes, shared with the police.</summary>
public sealed record TriggerPlanSettings
{
    /// <summary>Considered once the child has had this many episodes.</summary>
    public required int ConsiderFromEpisodes { get; init; }

    public required bool SharedWithPolice { get; init; }
}

/// <summary>R33: a multi-agency professionals meeting for repeated or long episodes.</summary>
public sealed record ProfessionalsMeetingSettings
{
    /// <summary>Convened at this many episodes (or police reports).</summary>
    public required int EpisodeCount { get; init; }

    /// <summary>Counted within this many days; null = ever.</summary>
    public int? WithinDays { get; init; }

    /// <summary>Or when one episode lasts this many hours; null when duration alone does not trigger it.</summary>
    public int? OrMissingForHours { get; init; }

    public required PolicyRole ConvenedBy { get; init; }

    /// <summary>A family meeting is also considered (001).</summary>
    public required bool ConsiderFamilyMeeting { get; init; }
}
