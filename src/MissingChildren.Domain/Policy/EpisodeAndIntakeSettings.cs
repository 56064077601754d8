namespace MissingChildren.Domain.Policy;

/// <summary>Intake and routing (R2, R4, R5, R7).</summary>
public sealed record IntakeSettings
{
    /// <summary>R2: our looked-after child's episode goes to their allocated practitioner, alerting SW and manager.</summary>
    public required bool LookedAfterToAllocatedPractitioner { get; init; }

    /// <summary>R4: a child not open to services who has been missing a long time; null when not applied.</summary>
    public NotOpenMissingLongSettings? NotOpenMissingLong { get; init; }

    /// <summary>R5: a child not open to services missing a short time; null when not applied.</summary>
    public NotOpenMissingShortSettings? NotOpenMissingShort { get; init; }

    /// <summary>R7: a child under this age is directed to Children's Social Care; null when not applied.</summary>
    public int? DirectToChildrensSocialCareUnderAge { get; init; }
}

/// <summary>R4: not open to services and missing at least <see cref="AfterMissingHours"/>.</summary>
public sealed record NotOpenMissingLongSettings
{
    public required int AfterMissingHours { get; init; }

    /// <summary>Front Door seeks the family's consent to agency checks (001 §1.4).</summary>
    public required bool SeekFamilyConsentForAgencyChecks { get; init; }

    /// <summary>Where the referral decision may send the child.</summary>
    public required IReadOnlyList<ReferralRoute> ConsiderReferralTo { get; init; }
}

/// <summary>R5: not open to services and missing under <see cref="UnderMissingHours"/>.</summary>
public sealed record NotOpenMissingShortSettings
{
    public required int UnderMissingHours { get; init; }

    /// <summary>Parental consent is sought to offer the RHI to a child under this age (001 §1.5: 16).</summary>
    public required int ParentalConsentToOfferRhiUnderAge { get; init; }
}
