using MissingChildren.Domain.Episodes;

namespace MissingChildren.Domain.Notifications;

public enum NotificationKind
{
    Missing,
    Absent,
    Found,
}

/// <summary>Linked to a child (and an episode); waiting for Front Door; or a duplicate of another notification.</summary>
public enum TriageStatus
{
    Linked,
    AwaitingTriage,
    Duplicate,
}

/// <summary>
/// A missing, absent or found report exactly as it arrived (R1: every notification is kept, even a duplicate).
/// <see cref="Source"/> + <see cref="SourceReference"/> + <see cref="Kind"/> identify it: the same report again
/// changes nothing.
/// </summary>
public sealed class Notification : Entity
{
    public required string Source { get; set; }

    public required string SourceReference { get; set; }

    public NotificationKind Kind { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The integration client or member of staff who recorded it.</summary>
    public required string ReceivedFrom { get; set; }

    /// <summary>The body as received (JSON), for the record; never logged.</summary>
    public required string Payload { get; set; }

    public string? ChildLocalId { get; set; }

    public string? ChildFirstName { get; set; }

    public string? ChildLastName { get; set; }

    public DateOnly? ChildDateOfBirth { get; set; }

    public DateTimeOffset? MissingFrom { get; set; }

    public DateTimeOffset? ReportedAt { get; set; }

    public DateTimeOffset? FoundAt { get; set; }

    /// <summary>For a Found report: the source reference of the missing report it closes.</summary>
    public string? RelatesTo { get; set; }

    public PoliceRiskLevel? PoliceRiskLevel { get; set; }

    public string? LastSeenLocation { get; set; }

    public string? FoundLocation { get; set; }

    public string? Circumstances { get; set; }

    public TriageStatus Triage { get; set; }

    public Guid? ChildId { get; set; }

    public Guid? EpisodeId { get; set; }

    public Guid? DuplicateOfId { get; set; }
}
