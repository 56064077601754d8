namespace MissingChildren.Domain.Notices;

/// <summary>Sent by e-mail, waiting to be sent, or not sent (no address, or e-mail is switched off).</summary>
public enum EmailStatus
{
    Pending,
    Sent,
    NotSent,
}

/// <summary>
/// An in-app notice to one member of staff, with a matching e-mail: "a duty is overdue and has come to you".
/// Links to the record by id only; never carries a child's name or details, in the subject or anywhere else.
/// </summary>
public sealed class Notice : Entity
{
    public required string UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What happened, without personal details ("Overdue duty escalated to you: Strategy meeting (R12)").</summary>
    public required string Title { get; set; }

    /// <summary>The page to open, relative to the service (ids only).</summary>
    public required string Link { get; set; }

    public Guid? DutyTaskId { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public EmailStatus EmailStatus { get; set; }

    public DateTimeOffset? EmailSentAt { get; set; }

    public int EmailAttempts { get; set; }
}
