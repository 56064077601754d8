namespace MissingChildren.Domain.Notes;

/// <summary>What a case note records.</summary>
public enum CaseNoteKind
{
    /// <summary>Any case note.</summary>
    General,

    /// <summary>R18: "Missing return SW follow-up contact", the social worker's meaningful contact after a return.</summary>
    SocialWorkerContact,

    /// <summary>The safe and well check made when a child was found or returned.</summary>
    SafeAndWellCheck,
}

/// <summary>A note on the child's case (screens.md "Notes").</summary>
public sealed class CaseNote : Entity, IBelongsToChild
{
    /// <summary>The title social workers use for the R18 note.</summary>
    public const string SocialWorkerContactTitle = "Missing return SW follow-up contact";

    public Guid ChildId { get; set; }

    public Guid? EpisodeId { get; set; }

    public CaseNoteKind Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>When the contact or event happened (for a general note, when it was written).</summary>
    public DateTimeOffset OccurredAt { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset WrittenAt { get; set; }

    public required string WrittenBy { get; set; }
}
