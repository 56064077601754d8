using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>
/// The RHI's workflow, first part: what state it is in, and arranging the interview (allocation R19, contact attempts
/// and letters R20, consent R22, a looked-after child's choice of interviewer R23). Each step refuses what its state
/// does not allow with <see cref="RhiTransitionRefusedException"/>, and returns the duties it closes.
/// </summary>
public sealed partial class ReturnHomeInterview
{
    /// <summary>The statuses of an RHI still being worked (for queries; <see cref="IsInProgress"/> on one).</summary>
    public static readonly RhiStatus[] InProgressStatuses = [RhiStatus.Requested, RhiStatus.Allocated, RhiStatus.Offered, RhiStatus.Accepted];

    /// <summary>A correction of an authorised version: its interview record may be written again before it is sent.</summary>
    public bool IsCorrection => PreviousVersionId is not null;

    /// <summary>R30: the manager returned it with a reason (<see cref="ReturnedReason"/>) and it has not been sent again.</summary>
    public bool IsReturnedToWorker => ReturnedReason is not null && IsConcluded;

    /// <summary>
    /// R30: being revised before it is sent (again): a correction of an authorised version, or one the manager returned.
    /// Its interview record, or why it did not happen, may be written again.
    /// </summary>
    public bool IsBeingRevised => IsCorrection || IsReturnedToWorker;

    /// <summary>Still being worked: a new episode may join it (R26).</summary>
    public bool IsInProgress => InProgressStatuses.Contains(Status);

    /// <summary>Waiting for a team manager to allocate it to a worker (R19).</summary>
    public bool IsAwaitingAllocation => Status == RhiStatus.Requested;

    /// <summary>Allocated and not yet concluded: the worker is arranging the interview.</summary>
    public bool IsBeingArranged => Status is RhiStatus.Allocated or RhiStatus.Offered or RhiStatus.Accepted;

    /// <summary>The interview was held, declined or could not happen: ready to send for authorisation (R30).</summary>
    public bool IsConcluded => Status is RhiStatus.Completed or RhiStatus.Declined or RhiStatus.NoContact;

    /// <summary>R30: with the manager, or authorised: nothing on it changes (an authorised one is corrected as a new version).</summary>
    public bool IsLocked => Status is RhiStatus.AwaitingAuthorisation or RhiStatus.Authorised;

    /// <summary>What the worker (or manager) does next, and by when (the RHI tray).</summary>
    public (string Step, DateTimeOffset? Due) NextStep(ContactPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Status switch
        {
            RhiStatus.Requested => ("Allocate to a worker", AllocateDueAt ?? OfferDueAt),
            RhiStatus.Allocated => (pattern.Attempts == 0 ? "Make the first contact attempt" : "Offer the interview", OfferDueAt),
            RhiStatus.Offered => ("Record consent or refusal", pattern.ContinueUntil ?? OfferDueAt),
            RhiStatus.Accepted => ("Hold and record the interview", CompleteDueAt),
            _ when IsConcluded && ReturnedReason is not null => ("Correct it and send for authorisation again", CompleteDueAt ?? OfferDueAt),
            _ when IsConcluded => ("Send for authorisation", CompleteDueAt ?? OfferDueAt),
            RhiStatus.AwaitingAuthorisation => ("Waiting for the manager", null),
            _ => ("None", null),
        };
    }

    /// <summary>R19: a team manager may allocate it (or allocate it again) until the interview has been accepted.</summary>
    public bool CanAllocate => Status is RhiStatus.Requested or RhiStatus.Allocated or RhiStatus.Offered;

    /// <summary>R20: contact attempts are recorded while the interview is being arranged.</summary>
    public bool CanRecordContactAttempt => ArrangingRefusal("", "") is null;

    /// <summary>R22: consent is recorded while the interview is being arranged.</summary>
    public bool CanRecordConsent => ArrangingRefusal("", "") is null;

    /// <summary>R20: a letter is sent while the interview is being arranged.</summary>
    public bool CanSendLetter => ArrangingRefusal("", "") is null;

    /// <summary>R23: a child in our care (<paramref name="offered"/>) chooses their interviewer while it is being arranged.</summary>
    public bool CanRecordInterviewerChoice(bool offered) => ChoiceRefusal(offered) is null;

    /// <summary>
    /// R19: allocates the interview to a return home interview worker (<paramref name="workerId"/> null: the person
    /// chosen is not one); the offer duty follows the worker (done by the caller).
    /// </summary>
    public void Allocate(string? workerId, Guid? workerTeamId)
    {
        Refuse(CanAllocate ? null : "This interview can no longer be allocated");
        Refuse(workerId is null ? "Select a return home interview worker" : null);
        AllocatedWorkerId = workerId;
        AllocatedTeamId = workerTeamId ?? AllocatedTeamId;
        if (Status == RhiStatus.Requested)
        {
            Status = RhiStatus.Allocated;
        }
    }

    /// <summary>R20: an attempt to contact the child or family; one that offered the interview is the R17 offer.</summary>
    public IReadOnlyList<RhiDutyClosure> RecordContactAttempt(ContactAttempt attempt, bool offeredTheInterview)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        Refuse(ArrangingRefusal("Allocate the interview to a worker before recording contact attempts",
            "You cannot add an attempt to an interview that has been concluded"));
        attempt.ReturnHomeInterviewId = Id;
        ContactAttempts.Add(attempt);
        return offeredTheInterview ? Offered("Interview offered") : [];
    }

    /// <summary>
    /// R22: consent from the right person (<paramref name="giver"/>; named unless assumed), or a refusal with its
    /// reasons. Consent starts the R21 completion clock (<paramref name="completeDueAt"/>); a refusal concludes the RHI
    /// as declined with the interview date blank (R24).
    /// </summary>
    public IReadOnlyList<RhiDutyClosure> RecordConsent(ConsentGiver giver, string? givenByName, bool consented, string? reasons,
        DateTimeOffset at, DateTimeOffset? completeDueAt, string? recordedBy)
    {
        Refuse(ArrangingRefusal("Allocate the interview to a worker before recording consent",
            "Consent can only be recorded while the interview is being arranged"));
        AddConsentRecord(giver, givenByName, consented, reasons, at, recordedBy);

        if (consented)
        {
            Status = RhiStatus.Accepted;
            AcceptedAt = at;
            CompleteDueAt = completeDueAt;
            return [RhiDutyClosure.Done(TaskType.ReturnHomeInterview, "Interview offered and accepted", RuleIds.RhiOffer), ConsentSought()];
        }

        // R22, R24: a refusal is recorded with its reasons; the interview date stays blank.
        Status = RhiStatus.Declined;
        NotHeldReasons = reasons?.Trim();
        InterviewedAt = null;
        return [RhiDutyClosure.Done(TaskType.ReturnHomeInterview, "Interview offered and refused", RuleIds.RhiOffer), ConsentSought()];
    }

    /// <summary>R5 (001 §1.5): consent (or its refusal) recorded is the parental consent Family Wellbeing sought.</summary>
    private static RhiDutyClosure ConsentSought() =>
        RhiDutyClosure.Done(TaskType.ReturnHomeInterview, "Consent sought and recorded", RuleIds.NotOpenShortMissing);

    /// <summary>
    /// R23: a child in our care chooses their social worker or an independent person. The request for an independent
    /// person is due <paramref name="requestDueAt"/> (24 hours from the choice); once made, and once the independent
    /// service has answered with a planned date, the matching duties are done. Choosing the social worker instead
    /// cancels the independent person's duties.
    /// </summary>
    public IReadOnlyList<RhiDutyClosure> RecordInterviewerChoice(InterviewerChoice choice, bool offered, bool requestMade, DateOnly? plannedDate,
        DateTimeOffset now, DateTimeOffset requestDueAt)
    {
        Refuse(ChoiceRefusal(offered));
        var closures = new List<RhiDutyClosure>();
        if (choice == RhiValues.IndependentPerson)
        {
            if (InterviewerChoice != RhiValues.IndependentPerson)
            {
                IndependentPersonChosenAt = now;
                IndependentRequestDueAt = requestDueAt;
            }

            if (requestMade && IndependentRequestedAt is null)
            {
                IndependentRequestedAt = now;
                closures.Add(RhiDutyClosure.DoneByKey(IndependentDutyKey(DutyEngine.IndependentRequestQualifier), "Independent service asked"));
            }

            if (plannedDate is { } planned)
            {
                // R23: the answer has come: no follow-up is needed; the manager is told if nothing follows the planned date.
                IndependentResponseAt ??= now;
                PlannedInterviewDate = planned;
                closures.Add(RhiDutyClosure.DoneByKey(IndependentDutyKey(DutyEngine.IndependentFollowUpQualifier), "The independent service answered"));

                // R23 (001 §2.10): the team manager told of an interview not held takes it up and records the date now planned.
                closures.Add(RhiDutyClosure.DoneByKey(IndependentDutyKey(DutyEngine.IndependentManagerQualifier), "Taken up with the independent service: interview planned again"));
            }
        }
        else
        {
            IndependentPersonChosenAt = null;
            IndependentRequestDueAt = null;
            IndependentRequestedAt = null;
            IndependentResponseAt = null;
            PlannedInterviewDate = null;
            closures.Add(RhiDutyClosure.CancelRule(RuleIds.LookedAfterChoice, "The child chose their social worker instead"));
        }

        InterviewerChoice = choice;
        return closures;
    }

    /// <summary>
    /// R20 (002 §4.6): the letter offering the interview has been sent to <paramref name="recipients"/>: it follows the
    /// attempts and is itself the R17 offer.
    /// </summary>
    public IReadOnlyList<RhiDutyClosure> RecordLetterSent(LetterRecipients recipients, DateTimeOffset at, string? recordedBy)
    {
        Refuse(ArrangingRefusal("Allocate the interview to a worker before sending a letter",
            "A letter can only be sent while the interview is being arranged"));
        ContactAttempts.Add(new ContactAttempt
        {
            ReturnHomeInterviewId = Id,
            At = at,
            Method = ContactPattern.LetterMethod,
            Contacted = recipients == LetterRecipients.Child ? "Child" : "ParentOrCarer",
            Outcome = "LetterSent",
            RecordedByUserId = recordedBy,
        });
        return Offered("Interview offered by letter");
    }

    /// <summary>R17: the first offer of an allocated interview.</summary>
    private List<RhiDutyClosure> Offered(string reason)
    {
        if (Status != RhiStatus.Allocated)
        {
            return [];
        }

        Status = RhiStatus.Offered;
        return [RhiDutyClosure.Done(TaskType.ReturnHomeInterview, reason, RuleIds.RhiOffer)];
    }

    private string IndependentDutyKey(string qualifier) =>
        DutyEngine.RhiDutyKey(Id, RuleIds.LookedAfterChoice, TaskType.ReturnHomeInterview, qualifier);

    private string? ArrangingRefusal(string notAllocated, string concluded) =>
        IsAwaitingAllocation ? notAllocated : !IsInProgress ? concluded : null;

    private string? ChoiceRefusal(bool offered) =>
        !offered ? "Only a child in our care chooses who does their interview"
        : !IsInProgress ? "The choice can only be recorded while the interview is being arranged"
        : null;

    private static void Refuse(string? refusal, string? property = null)
    {
        if (refusal is not null)
        {
            throw new RhiTransitionRefusedException(refusal, property);
        }
    }
}
