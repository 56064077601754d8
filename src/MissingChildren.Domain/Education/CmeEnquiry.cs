namespace MissingChildren.Domain.Education;

/// <summary>Who a children missing education enquiry goes to (R40, 003).</summary>
public enum EnquiryAgency
{
    OtherLocalAuthority,
    Nhs,
    DistrictCouncil,
    Police,
    EarlyHelp,
    School,
    Other,
}

/// <summary>A request for information made in a children missing education investigation, and its reply.</summary>
public sealed class CmeEnquiry : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public Guid InvestigationId { get; set; }

    public EnquiryAgency Agency { get; set; }

    /// <summary>Who was asked (an authority, a practice, a named officer).</summary>
    public required string AskedOf { get; set; }

    public DateOnly AskedOn { get; set; }

    public string? Reply { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public bool IsAnswered => RepliedOn is not null;

    internal void Answer(string reply, DateOnly repliedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reply);
        if (repliedOn < AskedOn)
        {
            throw new CmeStepRefusedException("The reply must be on or after the date the enquiry was made", nameof(RepliedOn));
        }

        Reply = reply.Trim();
        RepliedOn = repliedOn;
    }
}
