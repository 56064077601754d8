namespace MissingChildren.Domain.Policy;

/// <summary>Oversight of the duties: what happens when one is overdue.</summary>
public sealed record OversightSettings
{
    /// <summary>What happens when a duty (task) is overdue.</summary>
    public required EscalationSettings Escalation { get; init; }

    /// <summary>R16 (001 §5.1): the daily check of each missing child's record, as a duty; null when the profile's protocol has no such rule.</summary>
    public DailyRecordCheckSettings? DailyRecordCheck { get; init; }

    /// <summary>R35 (001 §5.2): the Head of Service update e-mailed each working morning; null when the profile's protocol has no such rule.</summary>
    public HeadOfServiceUpdateSettings? HeadOfServiceUpdate { get; init; }
}

/// <summary>
/// R16 (001 §5.1): "as long as a child or young person is known to be missing in their team, the team manager must check
/// the record daily for accuracy". One duty for each day the child is known to be missing.
/// </summary>
public sealed record DailyRecordCheckSettings
{
    /// <summary>Who checks: the team manager of the team holding the child (001 §5.1).</summary>
    public required PolicyRole CheckedBy { get; init; }
}

/// <summary>R35 (001 §5.2): the Head of Service's daily update on every missing child of the service.</summary>
public sealed record HeadOfServiceUpdateSettings
{
    /// <summary>Each Head of Service is e-mailed the update each working morning (names and details stay in the service).</summary>
    public required bool EmailedEachWorkingMorning { get; init; }
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
