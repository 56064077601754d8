namespace MissingChildren.Domain.Education;

/// <summary>Where a children missing education investigation stands (R40).</summary>
public enum CmeStatus
{
    /// <summary>Enquiries under way.</summary>
    Open,

    /// <summary>Not found after every avenue: filed as dormant and reviewed on a date until the child's whereabouts are confirmed.</summary>
    Dormant,

    /// <summary>The child's whereabouts are confirmed: the investigation is closed.</summary>
    Found,
}

/// <summary>The step refused: the message is the one the person sees, <see cref="Property"/> the field it is about.</summary>
public sealed class CmeStepRefusedException(string message, string property) : Exception(message)
{
    public string Property { get; } = property;
}

/// <summary>
/// R40 (Medway 003, "Children Missing from Education"): the Children Missing Education officer's investigation of one
/// child. Requests go out to other authorities, the NHS, councils, the police and early help, each with its reply; a child
/// thought to have left the country is referred to the Border Agency; when every avenue is exhausted the Education
/// Safeguarding Officer's advice is taken and a "No Trace" report made to the police. A child not found is never closed:
/// the investigation is filed as dormant with a review date and comes back as a duty on that date. Only confirming where
/// the child is (<see cref="RecordFound"/>) closes it.
/// </summary>
public sealed class CmeInvestigation : Entity, IBelongsToChild
{
    public const string FoundAlready = "The child has been found: this investigation is closed";

    public Guid ChildId { get; set; }

    public CmeStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedBy { get; private set; } = "";

    /// <summary>The last change: every step renews it, so two people working on the same investigation see a conflict.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public List<CmeEnquiry> Enquiries { get; private set; } = [];

    public DateOnly? BorderAgencyReferredOn { get; private set; }

    public string? BorderAgencyReference { get; private set; }

    /// <summary>When the Education Safeguarding Officer's advice was taken, and what it was.</summary>
    public DateOnly? SafeguardingAdviceOn { get; private set; }

    public string? SafeguardingAdvice { get; private set; }

    /// <summary>The "No Trace" report to the police: when, and the police reference.</summary>
    public DateOnly? NoTraceReportedOn { get; private set; }

    public string? NoTracePoliceReference { get; private set; }

    /// <summary>While dormant: the date the case is next reviewed.</summary>
    public DateOnly? ReviewOn { get; private set; }

    public DateOnly? FoundOn { get; private set; }

    /// <summary>Where the child was found (a school, an area, another authority).</summary>
    public string? FoundWhere { get; private set; }

    public bool IsClosed => Status == CmeStatus.Found;

    /// <summary>Dormant and its review date has come (R40: reviewed regularly).</summary>
    public bool IsDueForReview(DateOnly today) => Status == CmeStatus.Dormant && ReviewOn <= today;

    /// <summary>Opens an investigation for a child missing education.</summary>
    public static CmeInvestigation Open(Guid childId, DateTimeOffset at, string openedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openedBy);
        return new CmeInvestigation { ChildId = childId, Status = CmeStatus.Open, OpenedAt = at, OpenedBy = openedBy, ChangedAt = at };
    }

    /// <summary>A request for information made, with its reply when there is one already.</summary>
    public CmeEnquiry RecordEnquiry(EnquiryAgency agency, string askedOf, DateOnly askedOn, string? reply, DateOnly? repliedOn, DateTimeOffset at)
    {
        EnsureNotClosed(nameof(CmeEnquiry.AskedOf));
        ArgumentException.ThrowIfNullOrWhiteSpace(askedOf);
        var enquiry = new CmeEnquiry { ChildId = ChildId, InvestigationId = Id, Agency = agency, AskedOf = askedOf.Trim(), AskedOn = askedOn };
        if (!string.IsNullOrWhiteSpace(reply))
        {
            enquiry.Answer(reply, repliedOn ?? throw new CmeStepRefusedException("Enter the date the reply came", nameof(CmeEnquiry.RepliedOn)));
        }

        Enquiries.Add(enquiry);
        ChangedAt = at;
        return enquiry;
    }

    /// <summary>The reply to an enquiry made earlier.</summary>
    public void RecordReply(Guid enquiryId, string reply, DateOnly repliedOn, DateTimeOffset at)
    {
        EnsureNotClosed(nameof(CmeEnquiry.Reply));
        var enquiry = Enquiries.SingleOrDefault(e => e.Id == enquiryId)
            ?? throw new CmeStepRefusedException("Select the enquiry the reply is to", nameof(CmeEnquiry.Reply));
        enquiry.Answer(reply, repliedOn);
        ChangedAt = at;
    }

    /// <summary>Thought to have left the country: the referral to the Border Agency to confirm the family are no longer in the UK.</summary>
    public void ReferToBorderAgency(DateOnly on, string? reference, DateTimeOffset at)
    {
        EnsureNotClosed(nameof(BorderAgencyReferredOn));
        BorderAgencyReferredOn = on;
        BorderAgencyReference = Blank(reference);
        ChangedAt = at;
    }

    /// <summary>Every avenue exhausted: the Education Safeguarding Officer's advice and the "No Trace" report to the police.</summary>
    public void RecordNoTrace(DateOnly adviceOn, string advice, DateOnly reportedOn, string? policeReference, DateTimeOffset at)
    {
        EnsureNotClosed(nameof(NoTraceReportedOn));
        ArgumentException.ThrowIfNullOrWhiteSpace(advice);
        if (reportedOn < adviceOn)
        {
            throw new CmeStepRefusedException("The No Trace report must be on or after the date of the advice", nameof(NoTraceReportedOn));
        }

        SafeguardingAdviceOn = adviceOn;
        SafeguardingAdvice = advice.Trim();
        NoTraceReportedOn = reportedOn;
        NoTracePoliceReference = Blank(policeReference);
        ChangedAt = at;
    }

    /// <summary>
    /// Not found: filed as dormant until <paramref name="reviewOn"/>. Marking a dormant case dormant again is its review
    /// (still not found, next review on the new date).
    /// </summary>
    public void MarkDormant(DateOnly reviewOn, DateOnly today, DateTimeOffset at)
    {
        EnsureNotClosed(nameof(ReviewOn));
        if (reviewOn <= today)
        {
            throw new CmeStepRefusedException("The review date must be in the future", nameof(ReviewOn));
        }

        Status = CmeStatus.Dormant;
        ReviewOn = reviewOn;
        ChangedAt = at;
    }

    /// <summary>The child's whereabouts confirmed: the investigation closes.</summary>
    public void RecordFound(DateOnly foundOn, string where, DateOnly today, DateTimeOffset at)
    {
        EnsureNotClosed(nameof(FoundOn));
        ArgumentException.ThrowIfNullOrWhiteSpace(where);
        if (foundOn > today)
        {
            throw new CmeStepRefusedException("The date the child was found must be today or in the past", nameof(FoundOn));
        }

        if (foundOn < DateOnly.FromDateTime(OpenedAt.UtcDateTime).AddDays(-1))
        {
            throw new CmeStepRefusedException("The date the child was found must be on or after the investigation opened", nameof(FoundOn));
        }

        Status = CmeStatus.Found;
        FoundOn = foundOn;
        FoundWhere = where.Trim();
        ReviewOn = null;
        ChangedAt = at;
    }

    private void EnsureNotClosed(string property)
    {
        if (IsClosed)
        {
            throw new CmeStepRefusedException(FoundAlready, property);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
