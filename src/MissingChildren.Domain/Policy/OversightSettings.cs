namespace MissingChildren.Domain.Policy;

/// <summary>Oversight of the duties: what happens when one is overdue.</summary>
public sealed record OversightSettings
{
    /// <summary>What happens when a duty (task) is overdue.</summary>
    public required EscalationSettings Escalation { get; init; }
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
