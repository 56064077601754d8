using MissingChildren.Domain.Duties;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>
/// The RHI's workflow, second part: concluding it (the interview, or why it did not happen R24, the CE screen R28),
/// the manager's authorisation (R30: send, authorise, return to the worker) and the correction of an authorised
/// version as a new one.
/// </summary>
public sealed partial class ReturnHomeInterview
{
    /// <summary>The interview is recorded once consent is given; a correction or a returned one (R30) may write its interview record again.</summary>
    public bool CanRecordInterview => InterviewRefusal() is null;

    /// <summary>R24: declined or no contact may be recorded once allocated, until sent (and again on a correction or a returned one).</summary>
    public bool CanRecordNoInterview => NoInterviewRefusal() is null;

    /// <summary>
    /// Whether the "declined or no contact" form is offered: whenever <see cref="CanRecordNoInterview"/>, except on a
    /// declined interview whose reasons and support are recorded already.
    /// </summary>
    public bool OffersNoInterview => CanRecordNoInterview && !(Status == RhiStatus.Declined && SupportOffered is not null && !IsBeingRevised);

    /// <summary>R28: the CE screen is recorded (when <paramref name="required"/>) from allocation until it is sent.</summary>
    public bool CanRecordCeScreen(bool required) => CeScreenRefusal(required) is null;

    /// <summary>R30: concluded, with what the manager needs (the support offered on a declined one, the CE screen when required).</summary>
    public bool CanSendForAuthorisation(bool ceScreenRequired) => SendRefusal(ceScreenRequired) is null;

    /// <summary>R30: an authorised RHI is locked; it is corrected as a new version, once.</summary>
    public bool CanStartCorrection => CorrectionRefusal() is null;

    /// <summary>The interview was held and its record is shown.</summary>
    public bool IsRecordedAsHeld => InterviewedAt is not null && Status is RhiStatus.Completed or RhiStatus.AwaitingAuthorisation or RhiStatus.Authorised;

    /// <summary>R24: the interview did not happen; its reasons and the support offered are shown, the date left blank.</summary>
    public bool IsRecordedAsNotHeld =>
        Status is RhiStatus.Declined or RhiStatus.NoContact || (NotHeldReasons is not null && !IsInProgress && InterviewedAt is null);

    /// <summary>
    /// The interview: when and where, who was present, what the child said, the parents' or carers' views (R25), risks,
    /// consent to share (R27) and, for an unaccompanied asylum-seeking child (<paramref name="uasc"/>), the interpreting need (R43).
    /// </summary>
    public IReadOnlyList<RhiDutyClosure> RecordInterview(InterviewRecord record, bool uasc)
    {
        ArgumentNullException.ThrowIfNull(record);
        Refuse(InterviewRefusal());

        // R43: the interpreting need of an unaccompanied asylum-seeking child is passed to the RHI service.
        Refuse(uasc && record.InterpreterNeeded is null ? "Select whether an interpreter is needed" : null, nameof(InterpreterNeeded));
        Refuse(record.InterviewedAt < RequestedAt ? "The date of the interview must be after the child returned" : null, nameof(InterviewedAt));

        InterviewedAt = record.InterviewedAt;
        InterviewLocation = record.Location.Trim();
        PeoplePresent = record.PeoplePresent.Trim();
        ChildAccount = record.ChildAccount.Trim();
        ParentsCarersViews = string.IsNullOrWhiteSpace(record.ParentsCarersViews) ? null : record.ParentsCarersViews.Trim();
        RisksIdentified = record.RisksIdentified.Trim();
        ConsentToShare = record.ConsentToShare;
        InterpreterNeeded = record.InterpreterNeeded;
        InterpreterLanguage = record.InterpreterNeeded == true ? record.InterpreterLanguage?.Trim() : null;
        NotHeldReasons = null;
        SupportOffered = null;
        Status = RhiStatus.Completed;
        return [RhiDutyClosure.Done(TaskType.ReturnHomeInterview, "Interview held")];
    }

    /// <summary>
    /// R24: the interview was declined, or nobody could be reached: the reasons and the support offered, the interview
    /// date blank. No contact only once the R20 <paramref name="pattern"/> of attempts is met and the letter sent.
    /// </summary>
    /// <remarks>
    /// <paramref name="parentsCarersViews"/>: what the parents or carers said (R25). R24 (003): where the profile closes an unreachable child's interview as declined after
    /// <paramref name="closeAsDeclinedAfterAttempts"/> unsuccessful attempts by phone and letter, no contact is
    /// recorded as declined once they (a letter among them) are made, and the reasons say so.
    /// </remarks>
    public IReadOnlyList<RhiDutyClosure> RecordNoInterview(RhiStatus outcome, string reasons, string supportOffered, ContactPattern? pattern,
        int? closeAsDeclinedAfterAttempts = null, string? parentsCarersViews = null)
    {
        if (outcome is not (RhiStatus.Declined or RhiStatus.NoContact))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "An interview that did not happen was declined or had no contact.");
        }

        Refuse(NoInterviewRefusal());

        // R20 (002 §4.5–4.7): no contact only after the attempts the profile asks for, and then the letter.
        if (outcome == RhiStatus.NoContact)
        {
            Refuse(pattern?.NoContactRefusal);
        }

        var why = reasons.Trim();
        if (outcome == RhiStatus.NoContact && closeAsDeclinedAfterAttempts is { } needed)
        {
            // R24 (003): "after trying to make contact by phone and letter more than three times ... recorded as a decline".
            var made = pattern?.AttemptsAndLetters ?? ContactAttempts.Count;
            var letter = pattern?.LetterSent ?? ContactAttempts.Exists(a => a.Method == ContactPattern.LetterMethod);
            Refuse(made < needed
                ? $"Before closing it as declined, make {needed} attempts by phone and letter: {made} made so far"
                : !letter ? "Before closing it as declined, send the letter offering the interview" : null);
            outcome = RhiStatus.Declined;
            why = $"Closed as declined after {made} unsuccessful attempts by phone and letter. {why}";
        }

        Status = outcome;
        InterviewedAt = null;
        NotHeldReasons = why;
        SupportOffered = supportOffered.Trim();

        // R25 (001 §2.5; 002 §4.10): the parents' or carers' views, asked for when the interview did not happen too.
        ParentsCarersViews = string.IsNullOrWhiteSpace(parentsCarersViews) ? ParentsCarersViews : parentsCarersViews.Trim();
        return [RhiDutyClosure.Done(TaskType.ReturnHomeInterview, outcome == RhiStatus.Declined ? "Interview declined" : "No contact after the attempts")];
    }

    /// <summary>R28 (002 §4.12), R6: the CE screen done with the interview is the CE duty of its episodes (and the EDT's), unless it found concerns.</summary>
    public IReadOnlyList<RhiDutyClosure> RecordCeScreen(CeScreenOutcome outcome, bool required, DateTimeOffset at)
    {
        Refuse(CeScreenRefusal(required));
        CeScreenOutcome = outcome;
        CeScreenCompletedAt = at;
        return outcome == RhiValues.ConcernsFound
            ? []
            // R28, and R6: the out-of-hours worker's CE assessment done with the interview they conducted.
            : [RhiDutyClosure.Done(TaskType.CeRiskAssessment, "CE screen completed with the return home interview")];
    }

    /// <summary>R30: the worker sends the concluded RHI to their manager; how it ended is kept for when it is returned.</summary>
    public void SendForAuthorisation(bool ceScreenRequired, DateTimeOffset at)
    {
        Refuse(SendRefusal(ceScreenRequired));
        ConcludedAs = Status;
        ReturnedReason = null;
        Status = RhiStatus.AwaitingAuthorisation;
        SentForAuthorisationAt = at;
    }

    /// <summary>R30, R26: the manager authorised the last of the episodes it covers: the RHI is authorised and locked.</summary>
    public void Authorise() => Status = RhiStatus.Authorised;

    /// <summary>R30: the manager returned it: it goes back to how it ended, with the reason shown to the worker.</summary>
    public void ReturnToWorker(string reason)
    {
        Status = ConcludedAs ?? RhiStatus.Completed;
        ReturnedReason = reason;
    }

    /// <summary>
    /// R30: an authorised RHI is never changed. Its correction is a new version: a copy of the record (interview,
    /// consent and contact attempts) that the worker corrects and sends again; this version is kept and points to it.
    /// </summary>
    public ReturnHomeInterview StartCorrection(string reason, DateTimeOffset at, IEnumerable<ContactAttempt> attempts, IEnumerable<ConsentRecord> consents)
    {
        Refuse(CorrectionRefusal());
        var correction = CopyForCorrection();
        correction.CorrectionReason = reason.Trim();
        correction.ContactAttempts = [.. attempts.Select(a => new ContactAttempt
        {
            At = a.At, Method = a.Method, Contacted = a.Contacted, Outcome = a.Outcome, RecordedByUserId = a.RecordedByUserId,
        })];
        correction.ConsentRecords = [.. consents.Select(c => new ConsentRecord
        {
            At = c.At, GivenBy = c.GivenBy, Consented = c.Consented, Reasons = c.Reasons, RecordedByUserId = c.RecordedByUserId,
        })];
        SupersededById = correction.Id;
        SupersededAt = at;
        return correction;
    }

    private ReturnHomeInterview CopyForCorrection() => new()
    {
        ChildId = ChildId,
        Status = ConcludedAs ?? RhiStatus.Completed,
        ConcludedAs = ConcludedAs,
        RequestedAt = RequestedAt,
        OfferDueAt = OfferDueAt,
        AllocateDueAt = AllocateDueAt,
        AllocatedTeamId = AllocatedTeamId,
        AllocatedWorkerId = AllocatedWorkerId,
        AcceptedAt = AcceptedAt,
        CompleteDueAt = CompleteDueAt,
        InterviewedAt = InterviewedAt,
        InterviewerChoice = InterviewerChoice,
        IndependentPersonChosenAt = IndependentPersonChosenAt,
        IndependentRequestDueAt = IndependentRequestDueAt,
        IndependentRequestedAt = IndependentRequestedAt,
        IndependentResponseAt = IndependentResponseAt,
        PlannedInterviewDate = PlannedInterviewDate,
        InterviewLocation = InterviewLocation,
        PeoplePresent = PeoplePresent,
        ChildAccount = ChildAccount,
        ParentsCarersViews = ParentsCarersViews,
        RisksIdentified = RisksIdentified,
        ConsentToShare = ConsentToShare,
        InterpreterNeeded = InterpreterNeeded,
        InterpreterLanguage = InterpreterLanguage,
        NotHeldReasons = NotHeldReasons,
        SupportOffered = SupportOffered,
        CeScreenOutcome = CeScreenOutcome,
        CeScreenCompletedAt = CeScreenCompletedAt,
        PreviousVersionId = Id,
    };

    private string? InterviewRefusal() =>
        Status == RhiStatus.Accepted || (IsBeingRevised && Status == RhiStatus.Completed) ? null
        : IsInProgress ? "Record consent to the interview before recording the interview"
        : "The interview has already been concluded";

    private string? NoInterviewRefusal() =>
        IsAwaitingAllocation ? "Allocate the interview to a worker first"
        : !IsInProgress && Status != RhiStatus.Declined && !(IsBeingRevised && IsConcluded) ? "The interview has already been concluded"
        : null;

    private string? CeScreenRefusal(bool required) =>
        !required ? "A CE screen is not part of this child's interview"
        : IsAwaitingAllocation ? "Allocate the interview to a worker first"
        : IsLocked ? "The interview has been sent for authorisation"
        : null;

    private string? SendRefusal(bool ceScreenRequired) =>
        !IsConcluded
            ? IsLocked
                ? "The interview has already been sent for authorisation"
                : "Record the interview, or that it was declined or there was no contact, before sending it for authorisation"
        : Status == RhiStatus.Declined && SupportOffered is null ? "Record the reasons and the support offered before sending a declined interview for authorisation"
        : ceScreenRequired && CeScreenOutcome is null ? "Complete the CE screen before sending the interview for authorisation"
        : null;

    private string? CorrectionRefusal() =>
        SupersededById is not null ? "This version has already been corrected: correct the current version"
        : Status != RhiStatus.Authorised ? "Only an authorised interview is corrected as a new version: change this one directly"
        : null;
}
