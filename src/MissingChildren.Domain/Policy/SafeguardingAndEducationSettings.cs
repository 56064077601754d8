namespace MissingChildren.Domain.Policy;

/// <summary>Safeguarding duties beyond the missing process (R43–R45).</summary>
public sealed record SafeguardingSettings
{
    /// <summary>R43: unaccompanied asylum-seeking children; null when the profile adds nothing.</summary>
    public UascSettings? Uasc { get; init; }

    /// <summary>R44: National Referral Mechanism; null when not applied.</summary>
    public NrmReferralSettings? NrmReferral { get; init; }

    /// <summary>R45: publicity for a missing looked-after child; null when not applied.</summary>
    public PublicityDecisionSettings? PublicityDecision { get; init; }
}

/// <summary>R43: unaccompanied asylum-seeking children.</summary>
public sealed record UascSettings
{
    /// <summary>The SW tells the RHI service of any interpreting need (002 §6).</summary>
    public required bool InterpreterNeedPassedToRhiService { get; init; }

    /// <summary>They stay looked after while missing unless a listed criterion is met (003).</summary>
    public required bool RemainLookedAfterWhileMissing { get; init; }
}

/// <summary>R44 (003): a National Referral Mechanism referral on reasonable grounds of trafficking or modern slavery.</summary>
public sealed record NrmReferralSettings
{
    public required PolicyRole By { get; init; }

    public required bool ConsentRequiredForChild { get; init; }
}

/// <summary>R45 (003): publicity decision for a missing looked-after child.</summary>
public sealed record PublicityDecisionSettings
{
    public required ChildGroup AppliesTo { get; init; }

    public required PolicyRole DecidedBy { get; init; }

    public required bool ConsultSocialWorkerAndPolice { get; init; }

    public required bool ParentsWarnedFirst { get; init; }
}

/// <summary>Education (R39, R40).</summary>
public sealed record EducationSettings
{
    /// <summary>R39: absence from school; null when not applied.</summary>
    public SchoolAbsenceSettings? SchoolAbsence { get; init; }

    /// <summary>R40: children missing education; null when not applied.</summary>
    public ChildrenMissingEducationSettings? ChildrenMissingEducation { get; init; }
}

/// <summary>R39 (004): a child absent from school.</summary>
public sealed record SchoolAbsenceSettings
{
    public required bool MeetingWithParentsAndLocalAuthority { get; init; }

    public required bool AttendanceMonitored { get; init; }

    /// <summary>A return interview may be offered after this many consecutive absences.</summary>
    public int? ReturnInterviewAfterConsecutiveAbsences { get; init; }

    /// <summary>A return interview may be offered because of the child's vulnerabilities.</summary>
    public required bool ReturnInterviewForVulnerability { get; init; }
}

/// <summary>R40 (003): children missing education.</summary>
public sealed record ChildrenMissingEducationSettings
{
    /// <summary>A child not found is never closed: the case is dormant and reviewed until found.</summary>
    public required bool NeverClosedWhileNotFound { get; init; }

    /// <summary>How often a dormant case is reviewed.</summary>
    public required int DormantReviewEveryDays { get; init; }

    public required bool BorderAgencyReferralWhenLeftCountry { get; init; }

    public required bool NoTraceReportToPolice { get; init; }
}
