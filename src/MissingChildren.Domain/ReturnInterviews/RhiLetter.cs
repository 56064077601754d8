using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>
/// R20 (002 §4.6): a letter offering the interview, addressed to the right people for the child's age and living
/// situation, kept on the record. The text it was made from is stored with the PDF, so the printable page and the
/// PDF always show the letter as it was sent.
/// </summary>
public sealed class RhiLetter : Entity
{
    public Guid ReturnHomeInterviewId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedByUserId { get; set; }

    public LetterRecipients Recipients { get; set; }

    /// <summary>The child was 16 or over and living independently when the letter was made.</summary>
    public bool LivingIndependently { get; set; }

    /// <summary>"Dear ..." as printed.</summary>
    public required string Salutation { get; set; }

    /// <summary>Who it is addressed to, as printed.</summary>
    public required string AddressedTo { get; set; }

    public required string ChildName { get; set; }

    /// <summary>The body paragraphs, separated by blank lines.</summary>
    public required string Body { get; set; }

    public required string SignedBy { get; set; }

    public required string ServiceName { get; set; }

    /// <summary>The PDF as generated and sent; null only for letters kept before PDFs were made.</summary>
    public byte[]? Pdf { get; set; }
}
