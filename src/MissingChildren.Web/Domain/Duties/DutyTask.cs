using MissingChildren.Web.Domain.Policy;

namespace MissingChildren.Web.Domain.Duties;

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

    /// <summary>The rule that raised it, such as "R12".</summary>
    public required string RuleId { get; set; }

    public required string DedupeKey { get; set; }

    /// <summary>What to do, in a sentence (no personal details).</summary>
    public required string Title { get; set; }

    public DutyStatus Status { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public PolicyRole AssigneeRole { get; set; }

    public Guid? AssigneeTeamId { get; set; }

    public string? AssigneeUserId { get; set; }

    public EscalationLevel EscalationLevel { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Why it was completed or cancelled (for example "Child found before it was due").</summary>
    public string? ClosedReason { get; set; }

    public bool IsOverdueAt(DateTimeOffset now) => Status == DutyStatus.Open && DueAt < now;
}
