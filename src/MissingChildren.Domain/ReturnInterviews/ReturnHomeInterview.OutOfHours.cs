using MissingChildren.Domain.Duties;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>
/// The RHI out of hours (R6, 001 §1.6.1): the Emergency Duty Team asks the child who should do their interview and
/// seeks consent, then hands the interview to the daytime service; and the consent record every step shares (R22).
/// </summary>
public sealed partial class ReturnHomeInterview
{
    /// <summary>R6: the Emergency Duty Team may ask the child while the interview has not been concluded.</summary>
    public bool CanRecordOutOfHoursAnswer => IsInProgress;

    /// <summary>
    /// R6 (001 §1.6.1): next working day 16–47 hours away: the EDT worker asked the child who they would like to do
    /// their interview (their allocated worker or an independent person) and sought consent from the right person
    /// (R22). The interview stays with the daytime service to allocate; a refusal is recorded with its reasons but is
    /// not final until the child's practitioner offers again on the next working day (001 §2.14). For a child in our
    /// care (<paramref name="choiceOffered"/>) the choice is their R23 choice, with its independent-person duties.
    /// </summary>
    public IReadOnlyList<RhiDutyClosure> RecordOutOfHoursAnswer(InterviewerChoice choice, bool choiceOffered, ConsentGiver giver, string? givenByName,
        bool consented, string? reasons, DateTimeOffset at, DateTimeOffset requestDueAt, string? recordedBy)
    {
        Refuse(CanRecordOutOfHoursAnswer ? null : "The child can only be asked while the interview is being arranged");
        AddConsentRecord(giver, givenByName, consented, reasons, at, recordedBy);
        var closures = new List<RhiDutyClosure>();
        if (choiceOffered)
        {
            closures.AddRange(RecordInterviewerChoice(choice, offered: true, requestMade: false, plannedDate: null, at, requestDueAt));
        }
        else
        {
            InterviewerChoice = choice;
        }

        closures.Add(RhiDutyClosure.DoneByKey(
            DutyEngine.RhiDutyKey(Id, RuleIds.OutOfHours, TaskType.ReturnHomeInterview, DutyEngine.OutOfHoursAskQualifier),
            consented ? "Child asked out of hours and consent given: passed to the daytime service" : "Child asked out of hours and consent refused: passed to the daytime service to offer again"));
        return closures;
    }

    /// <summary>R22: consent from the right person (named unless assumed), or a refusal with its reasons.</summary>
    private void AddConsentRecord(ConsentGiver giver, string? givenByName, bool consented, string? reasons, DateTimeOffset at, string? recordedBy)
    {
        if (giver != ConsentGiver.Assumed && string.IsNullOrWhiteSpace(givenByName))
        {
            throw new RhiTransitionRefusedException(giver == ConsentGiver.Child
                ? "Enter the name of the child: at 16 or over the child gives their own consent"
                : "Enter the name of the parent or carer: a child under 16 needs a parent's or carer's consent", "GivenByName");
        }

        ConsentRecords.Add(new ConsentRecord
        {
            ReturnHomeInterviewId = Id,
            At = at,
            GivenBy = giver == ConsentGiver.Assumed ? nameof(ConsentGiver.Assumed) : $"{giver}: {givenByName!.Trim()}",
            Consented = consented,
            Reasons = consented ? null : reasons?.Trim(),
            RecordedByUserId = recordedBy,
        });
    }
}
