namespace MissingChildren.Domain.Documents;

/// <summary>The documents a manager files on the child's record when a duty asks for one.</summary>
public enum DocumentKind
{
    /// <summary>R9 (001 §4.3): the letter to the home authority's Director of Children's Services, signed by our Director.</summary>
    DirectorLetter,

    /// <summary>R31 (001 §3.4): the Serious Incident Notification sent by the team manager to the Assistant Director.</summary>
    SeriousIncidentNotification,
}

/// <summary>
/// A document filed under the child's record once signed or sent (001 §3.4: "uploaded under documents in the child
/// or young person's record"; §4.3: "a copy of this letter will also be uploaded"). Everything printed is frozen
/// here when it is filed, with the PDF exactly as generated, so the record always shows the document as it was sent.
/// Kept for good: a filed document is never changed.
/// </summary>
public sealed class FiledDocument : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public Guid? EpisodeId { get; set; }

    /// <summary>The R9 or R31 duty the document completed.</summary>
    public Guid DutyTaskId { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>The document's heading, as printed.</summary>
    public required string Title { get; set; }

    /// <summary>The council (and service) it comes from, as printed.</summary>
    public required string From { get; set; }

    /// <summary>Who it is addressed to, as printed (lines separated by new lines).</summary>
    public required string AddressedTo { get; set; }

    public required string ChildName { get; set; }

    public required string ChildLocalId { get; set; }

    /// <summary>The facts taken from the record when it was prepared (paragraphs separated by blank lines).</summary>
    public required string Facts { get; set; }

    /// <summary>The manager's summary of the concerns or the incident.</summary>
    public required string Summary { get; set; }

    /// <summary>The actions taken and planned, as the manager wrote them.</summary>
    public required string Actions { get; set; }

    /// <summary>R9: who signed the letter for the Director; R31: the manager who sent the notification.</summary>
    public required string SignedBy { get; set; }

    /// <summary>R9: "Director of Children's Services" or "Assistant Director"; R31: the sender's role.</summary>
    public required string SignedAs { get; set; }

    /// <summary>R9: when the letter was signed; R31: when the notification was sent.</summary>
    public DateTimeOffset SignedAt { get; set; }

    /// <summary>R31: the Assistant Director it was sent to; R9: the home authority written to.</summary>
    public required string SentTo { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    public required string FiledBy { get; set; }

    public string? FiledByUserId { get; set; }

    /// <summary>The PDF as generated when filed.</summary>
    public required byte[] Pdf { get; set; }
}
