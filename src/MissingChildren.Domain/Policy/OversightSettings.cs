namespace MissingChildren.Domain.Policy;

/// <summary>Oversight, reporting and escalation (R16, R35–R38).</summary>
public sealed record OversightSettings
{
    /// <summary>R16: daily checks; null when not applied.</summary>
    public DailyChecksSettings? DailyChecks { get; init; }

    /// <summary>R35: the Head of Service update; null when not applied.</summary>
    public HeadOfServiceUpdateSettings? HeadOfServiceUpdate { get; init; }

    /// <summary>R36: the daily missing report; null when not applied.</summary>
    public DailyReportSettings? DailyReport { get; init; }

    /// <summary>R37: performance standards; null when not applied.</summary>
    public PerformanceTargetSettings? PerformanceTargets { get; init; }

    /// <summary>R38: meetings and partnership report; null when not applied.</summary>
    public GovernanceSettings? Governance { get; init; }

    /// <summary>What happens when a duty (task) is overdue.</summary>
    public required EscalationSettings Escalation { get; init; }
}

/// <summary>R16 (001 §5.1–5.2).</summary>
public sealed record DailyChecksSettings
{
    /// <summary>Team managers check every missing child's record daily.</summary>
    public required bool TeamManagerChecksRecordDaily { get; init; }

    /// <summary>Heads of Service get a daily update from their team managers.</summary>
    public required bool HeadOfServiceDailyUpdate { get; init; }
}

/// <summary>R35 (001 §5.2): what the Head of Service update contains.</summary>
public sealed record HeadOfServiceUpdateSettings
{
    /// <summary>Episodes are counted over this many months.</summary>
    public required int EpisodesLookbackMonths { get; init; }

    public required IReadOnlyList<string> Items { get; init; }
}

/// <summary>R36 (003): the daily missing report.</summary>
public sealed record DailyReportSettings
{
    /// <summary>Every child missing within this many hours, plus those still missing.</summary>
    public required int MissingWithinLastHours { get; init; }

    public required bool IncludeStillMissing { get; init; }

    public required bool IncludePoliceRiskGrade { get; init; }

    public required bool IncludeRecommendedActions { get; init; }

    public required IReadOnlyList<PolicyRole> Recipients { get; init; }

    /// <summary>An unaccompanied asylum-seeking child leaves the report once the 28-day review has started (003).</summary>
    public required bool ExcludeUascAfterTwentyEightDayMeeting { get; init; }
}

/// <summary>R37 (002 §3): performance standards, in percent.</summary>
public sealed record PerformanceTargetSettings
{
    public required int OfferedWithinTimePercent { get; init; }

    public required int AcceptedCompletedWithinTimePercent { get; init; }

    public required int MaximumRefusingPercent { get; init; }
}

/// <summary>R38: the regular missing meeting and the partnership report.</summary>
public sealed record GovernanceSettings
{
    public required string MissingMeetingName { get; init; }

    public required int MissingMeetingEveryDays { get; init; }

    public required int PartnershipReportEveryMonths { get; init; }
}

/// <summary>
/// Escalation of an overdue duty: first to the team manager, then to the Head of Service.
/// Hours are clock hours after the due time (team manager) and after the team-manager escalation
/// (Head of Service). A policy choice where the protocols are silent.
/// </summary>
public sealed record EscalationSettings
{
    public required int ToTeamManagerWhenOverdueByHours { get; init; }

    public required int ToHeadOfServiceAfterFurtherHours { get; init; }

    /// <summary>Then to the Director; null = no automatic escalation to the Director.</summary>
    public int? ToDirectorAfterFurtherHours { get; init; }
}
