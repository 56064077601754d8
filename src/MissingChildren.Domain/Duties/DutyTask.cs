using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>
/// A statutory duty: what must be done, by whom, by when, and which rule raised it. Raised by the duty engine,
/// never by hand. <see cref="DedupeKey"/> is unique, so raising the same duty twice (two sweeps, two nodes, a
/// repeated notification) can never create a second one.
/// </summary>
public sealed class DutyTask : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public Guid? EpisodeId { get; set; }

    public Guid? ReturnHomeInterviewId { get; set; }

    /// <summary>For a manager's authorisation of a risk assessment (R30): the assessment version sent.</summary>
    public Guid? RiskAssessmentId { get; set; }

    public TaskType Type { get; set; }

    /// <summary>The rule that raised it, such as "R12"; named in <see cref="RuleIds"/>.</summary>
    public required string RuleId { get; set; }

    public required string DedupeKey { get; set; }

    /// <summary>What to do, in a sentence (no personal details).</summary>
    public required string Title { get; set; }

    /// <summary>R41, R42: the other local authority to tell.</summary>
    public string? Partner { get; set; }

    public DutyStatus Status { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>How <see cref="DueAt"/> was worked out: the rule and profile, when its clock started and why, the arithmetic.</summary>
    public string? DueExplanation { get; set; }

    public PolicyRole AssigneeRole { get; set; }

    public Guid? AssigneeTeamId { get; set; }

    public string? AssigneeUserId { get; set; }

    public EscalationLevel EscalationLevel { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Why it was completed or cancelled (for example "Child found before it was due").</summary>
    public string? ClosedReason { get; set; }

    public bool IsOpen => Status == DutyStatus.Open;

    public bool IsOverdueAt(DateTimeOffset now) => Status == DutyStatus.Open && DueAt < now;

    /// <summary>Records the duty done: when, and what discharged it. A duty already closed is left as it was.</summary>
    /// <returns>Whether this call closed it.</returns>
    public bool Complete(DateTimeOffset at, string reason) => Close(DutyStatus.Done, at, reason);

    /// <summary>Records that the duty is no longer needed, and why. A duty already closed is left as it was.</summary>
    /// <returns>Whether this call closed it.</returns>
    public bool Cancel(DateTimeOffset at, string reason) => Close(DutyStatus.Cancelled, at, reason);

    private bool Close(DutyStatus status, DateTimeOffset at, string reason)
    {
        if (Status != DutyStatus.Open)
        {
            return false;
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Status = status;
        ClosedAt = at;
        ClosedReason = reason;
        return true;
    }
}
