namespace MissingChildren.Web.Domain.ReturnInterviews;

/// <summary>RHI status, named exactly as in domain.md.</summary>
public enum RhiStatus
{
    Requested,
    Allocated,
    Offered,
    Accepted,
    Completed,
    Declined,
    NoContact,
    AwaitingAuthorisation,
    Authorised,
}

/// <summary>
/// The Return Home Interview offered to a child who has returned (R17). One RHI may cover several episodes
/// (R26): each covered episode points at it.
/// </summary>
public sealed class ReturnHomeInterview : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public RhiStatus Status { get; set; }

    /// <summary>When the RHI clock started (the return being known, or as the profile says).</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>R17: offered by.</summary>
    public DateTimeOffset OfferDueAt { get; set; }

    /// <summary>R19: allocated to a worker by (core hours), where the profile sets it.</summary>
    public DateTimeOffset? AllocateDueAt { get; set; }

    public Guid? AllocatedTeamId { get; set; }

    public string? AllocatedWorkerId { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>R21: an accepted RHI is completed by.</summary>
    public DateTimeOffset? CompleteDueAt { get; set; }

    public DateTimeOffset? InterviewedAt { get; set; }

    public List<ContactAttempt> ContactAttempts { get; set; } = [];

    public List<ConsentRecord> ConsentRecords { get; set; } = [];

    /// <summary>Still being worked: a new episode may join it (R26).</summary>
    public bool IsInProgress => Status is RhiStatus.Requested or RhiStatus.Allocated or RhiStatus.Offered or RhiStatus.Accepted;
}

/// <summary>R20: one attempt to contact the child or family.</summary>
public sealed class ContactAttempt : Entity
{
    public Guid ReturnHomeInterviewId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Phone, text, visit, letter, email.</summary>
    public required string Method { get; set; }

    /// <summary>Who was contacted: the child, a parent or carer, a placement.</summary>
    public required string Contacted { get; set; }

    public required string Outcome { get; set; }

    public string? RecordedByUserId { get; set; }
}

/// <summary>R22: consent to the RHI, or its refusal, from the right person.</summary>
public sealed class ConsentRecord : Entity
{
    public Guid ReturnHomeInterviewId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The child, a parent or carer; or "assumed" for our looked-after children.</summary>
    public required string GivenBy { get; set; }

    public bool Consented { get; set; }

    /// <summary>A refusal's reasons feed the risk assessment (R22).</summary>
    public string? Reasons { get; set; }

    public string? RecordedByUserId { get; set; }
}
