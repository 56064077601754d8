namespace MissingChildren.Domain.ReturnInterviews;

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
/// (R26): each covered episode points at it. Its workflow (what may happen next, and what each step changes) is
/// in ReturnHomeInterview.Workflow.cs.
/// </summary>
public sealed partial class ReturnHomeInterview : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public RhiStatus Status { get; set; }

    /// <summary>When the RHI was asked for: the RHI service informed, the referral made (R17: its clock may start earlier, at the return).</summary>
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

    /// <summary>R20: the letters generated for this RHI, kept on the record.</summary>
    public List<RhiLetter> Letters { get; set; } = [];

    /// <summary>R23: a child in care's choice of interviewer; null until asked.</summary>
    public InterviewerChoice? InterviewerChoice { get; set; }

    /// <summary>R23: when the child asked for an independent person (the 24-hour request clock starts).</summary>
    public DateTimeOffset? IndependentPersonChosenAt { get; set; }

    /// <summary>R23: the request to the independent organisation is due by.</summary>
    public DateTimeOffset? IndependentRequestDueAt { get; set; }

    /// <summary>R23: when the request to the independent organisation was made.</summary>
    public DateTimeOffset? IndependentRequestedAt { get; set; }

    /// <summary>R23: when the independent service answered the request (no answer after 72 hours: follow up).</summary>
    public DateTimeOffset? IndependentResponseAt { get; set; }

    /// <summary>R23: the date the independent service planned the interview for (nothing 3 working days after: tell the manager).</summary>
    public DateOnly? PlannedInterviewDate { get; set; }

    /// <summary>Where the interview was held.</summary>
    public string? InterviewLocation { get; set; }

    /// <summary>Who was present at the interview.</summary>
    public string? PeoplePresent { get; set; }

    /// <summary>What the child said: where they were, with whom, why they went.</summary>
    public string? ChildAccount { get; set; }

    /// <summary>R25: what the parents or carers said.</summary>
    public string? ParentsCarersViews { get; set; }

    /// <summary>Risks found at the interview.</summary>
    public string? RisksIdentified { get; set; }

    /// <summary>R27: the child agrees to the outcome being shared with the placement or parent.</summary>
    public bool? ConsentToShare { get; set; }

    /// <summary>R43: an interpreter is needed (unaccompanied asylum-seeking children).</summary>
    public bool? InterpreterNeeded { get; set; }

    /// <summary>R43: the language to interpret.</summary>
    public string? InterpreterLanguage { get; set; }

    /// <summary>R24: why the interview did not happen (declined or no contact).</summary>
    public string? NotHeldReasons { get; set; }

    /// <summary>R24: the support offered when the interview did not happen.</summary>
    public string? SupportOffered { get; set; }

    /// <summary>R28: the outcome of the CE screen, for children 13 and over.</summary>
    public CeScreenOutcome? CeScreenOutcome { get; set; }

    public DateTimeOffset? CeScreenCompletedAt { get; set; }

    /// <summary>R30: when the worker sent the RHI to their manager.</summary>
    public DateTimeOffset? SentForAuthorisationAt { get; set; }

    /// <summary>R30: how the RHI ended before it was sent (Completed, Declined or NoContact); it goes back to this when returned.</summary>
    public RhiStatus? ConcludedAs { get; set; }

    /// <summary>R30: why the manager returned it to the worker (shown in the worker's tray); cleared when sent again.</summary>
    public string? ReturnedReason { get; set; }

    /// <summary>R30: the authorised version this one corrects; an authorised record is never changed.</summary>
    public Guid? PreviousVersionId { get; set; }

    /// <summary>Why the authorised version needed correcting.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>The correction that replaced this authorised version, which is kept as it was.</summary>
    public Guid? SupersededById { get; set; }

    public DateTimeOffset? SupersededAt { get; set; }

}

/// <summary>R23: who a child in care chooses to do their interview.</summary>
public enum InterviewerChoice
{
    SocialWorker,
    IndependentPerson,
}

/// <summary>R28: what the CE screen found.</summary>
public enum CeScreenOutcome
{
    NoConcerns,
    ConcernsFullAssessmentNeeded,
    NotNeededDoneSinceEpisodeBegan,
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
