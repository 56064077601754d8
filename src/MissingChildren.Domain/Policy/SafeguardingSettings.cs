namespace MissingChildren.Domain.Policy;

/// <summary>Safeguarding decisions beyond the missing process (R44, R45).</summary>
public sealed record SafeguardingSettings
{
    /// <summary>R45: publicity for a missing looked-after child; null when not applied.</summary>
    public PublicityDecisionSettings? PublicityDecision { get; init; }

    /// <summary>R39: school absence meetings and return interviews for absence from school; null when not applied.</summary>
    public SchoolAbsenceSettings? SchoolAbsence { get; init; }

    /// <summary>R44: the National Referral Mechanism referral; null when not applied.</summary>
    public NrmReferralSettings? NrmReferral { get; init; }
}

/// <summary>R39 (004): a child absent from school.</summary>
public sealed record SchoolAbsenceSettings
{
    /// <summary>The meeting with the parents or carers and a local authority representative is due within this many working days of the absence.</summary>
    public required int AbsenceMeetingWithinWorkingDays { get; init; }

    /// <summary>A return interview may be offered after this many consecutive absences (or at once for a vulnerable child).</summary>
    public required int ReturnInterviewAfterConsecutiveAbsences { get; init; }
}

/// <summary>R44 (003 "Modern Slavery"): reasonable grounds to believe a child is a victim of trafficking or modern slavery.</summary>
public sealed record NrmReferralSettings
{
    /// <summary>The allocated social worker makes the referral within this many working days of the grounds being recorded.</summary>
    public required int WithinWorkingDays { get; init; }
}

/// <summary>R45 (003): publicity decision for a missing looked-after child.</summary>
public sealed record PublicityDecisionSettings
{
    public required ChildGroup AppliesTo { get; init; }

    public required PolicyRole DecidedBy { get; init; }

    public required bool ConsultSocialWorkerAndPolice { get; init; }

    public required bool ParentsWarnedFirst { get; init; }
}
