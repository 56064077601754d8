using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.Tests.ReturnInterviews;

/// <summary>The RHI's state machine, arranging the interview: each step allowed, and each refused with its message.</summary>
public sealed class RhiArrangingTests
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    internal static ReturnHomeInterview Rhi(RhiStatus status, bool correction = false) => new()
    {
        ChildId = Guid.NewGuid(),
        Status = status,
        RequestedAt = Now.AddDays(-1),
        OfferDueAt = Now.AddDays(2),
        PreviousVersionId = correction ? Guid.NewGuid() : null,
    };

    internal static string Refusal(Action step) => Assert.Throws<RhiTransitionRefusedException>(step).Message;

    private static ContactAttempt Attempt() => new() { At = Now, Method = "Phone", Contacted = "Child", Outcome = "NoAnswer" };

    // ----- Allocate (R19) -----

    [Theory]
    [InlineData(RhiStatus.Requested, RhiStatus.Allocated)]
    [InlineData(RhiStatus.Allocated, RhiStatus.Allocated)]
    [InlineData(RhiStatus.Offered, RhiStatus.Offered)]
    public void R19_Allocate_UntilAccepted_SetsTheWorkerAndTeam(RhiStatus from, RhiStatus to)
    {
        var rhi = Rhi(from);
        var team = Guid.NewGuid();
        Assert.True(rhi.CanAllocate);

        rhi.Allocate("worker-1", team);

        Assert.Equal((to, "worker-1", team), (rhi.Status, rhi.AllocatedWorkerId, rhi.AllocatedTeamId));
    }

    [Theory]
    [InlineData(RhiStatus.Accepted)]
    [InlineData(RhiStatus.Completed)]
    [InlineData(RhiStatus.Declined)]
    [InlineData(RhiStatus.NoContact)]
    [InlineData(RhiStatus.AwaitingAuthorisation)]
    [InlineData(RhiStatus.Authorised)]
    public void R19_Allocate_OnceAccepted_IsRefused(RhiStatus status)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanAllocate);
        Assert.Equal("This interview can no longer be allocated", Refusal(() => rhi.Allocate("worker-1", null)));
    }

    [Fact]
    public void R19_Allocate_ToSomeoneWhoIsNotAnRhiWorker_IsRefused() =>
        Assert.Equal("Select a return home interview worker", Refusal(() => Rhi(RhiStatus.Requested).Allocate(null, null)));

    // ----- Contact attempts (R20), letters (R20), the offer (R17) -----

    [Fact]
    public void R17_AttemptThatOffersTheInterview_WhenAllocated_IsTheOffer()
    {
        var rhi = Rhi(RhiStatus.Allocated);

        var closed = rhi.RecordContactAttempt(Attempt(), offeredTheInterview: true);

        Assert.Equal(RhiStatus.Offered, rhi.Status);
        Assert.Single(rhi.ContactAttempts);
        var offer = Assert.Single(closed);
        Assert.Equal((TaskType.ReturnHomeInterview, RuleIds.RhiOffer, "Interview offered", false), (Assert.Single(offer.Types), offer.RuleId, offer.Reason, offer.Cancelled));
    }

    [Theory]
    [InlineData(RhiStatus.Allocated, false)]
    [InlineData(RhiStatus.Offered, true)]
    [InlineData(RhiStatus.Accepted, true)]
    public void R20_Attempt_WhileArranging_IsKept_AndOnlyTheFirstOfferChangesTheStatus(RhiStatus status, bool offered)
    {
        var rhi = Rhi(status);
        Assert.True(rhi.CanRecordContactAttempt);

        var closed = rhi.RecordContactAttempt(Attempt(), offered);

        Assert.Equal(status, rhi.Status);
        Assert.Empty(closed);
        Assert.Equal(rhi.Id, Assert.Single(rhi.ContactAttempts).ReturnHomeInterviewId);
    }

    [Theory]
    [InlineData(RhiStatus.Requested, "Allocate the interview to a worker before recording contact attempts")]
    [InlineData(RhiStatus.Completed, "You cannot add an attempt to an interview that has been concluded")]
    [InlineData(RhiStatus.Declined, "You cannot add an attempt to an interview that has been concluded")]
    [InlineData(RhiStatus.AwaitingAuthorisation, "You cannot add an attempt to an interview that has been concluded")]
    public void R20_Attempt_BeforeAllocationOrOnceConcluded_IsRefused(RhiStatus status, string message)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanRecordContactAttempt);
        Assert.Equal(message, Refusal(() => rhi.RecordContactAttempt(Attempt(), true)));
        Assert.Empty(rhi.ContactAttempts);
    }

    [Fact]
    public void R20_Letter_WhenAllocated_IsKeptAsAnAttemptAndIsTheOffer()
    {
        var rhi = Rhi(RhiStatus.Allocated);

        var closed = rhi.RecordLetterSent(LetterRecipients.Child, Now, "worker-1");

        Assert.Equal(RhiStatus.Offered, rhi.Status);
        var letter = Assert.Single(rhi.ContactAttempts);
        Assert.Equal((ContactPattern.LetterMethod, "Child", "LetterSent"), (letter.Method, letter.Contacted, letter.Outcome));
        Assert.Equal("Interview offered by letter", Assert.Single(closed).Reason);
    }

    [Theory]
    [InlineData(RhiStatus.Requested, "Allocate the interview to a worker before sending a letter")]
    [InlineData(RhiStatus.NoContact, "A letter can only be sent while the interview is being arranged")]
    [InlineData(RhiStatus.Authorised, "A letter can only be sent while the interview is being arranged")]
    public void R20_Letter_BeforeAllocationOrOnceConcluded_IsRefused(RhiStatus status, string message)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanSendLetter);
        Assert.Equal(message, Refusal(() => rhi.RecordLetterSent(LetterRecipients.ParentOrCarer, Now, null)));
    }

    // ----- Consent (R22) -----

    [Fact]
    public void R22_Consent_Given_AcceptsTheInterviewAndStartsTheCompletionClock()
    {
        var rhi = Rhi(RhiStatus.Offered);
        var due = Now.AddDays(3);
        Assert.True(rhi.CanRecordConsent);

        var closed = rhi.RecordConsent(ConsentGiver.ParentOrCarer, " Jo Bloggs ", true, null, Now, due, "worker-1");

        Assert.Equal((RhiStatus.Accepted, Now, due), (rhi.Status, rhi.AcceptedAt, rhi.CompleteDueAt));
        Assert.Equal("ParentOrCarer: Jo Bloggs", Assert.Single(rhi.ConsentRecords).GivenBy);
        Assert.Equal(["Interview offered and accepted", "Consent sought and recorded"], closed.Select(c => c.Reason));
        Assert.Equal([RuleIds.RhiOffer, RuleIds.NotOpenShortMissing], closed.Select(c => c.RuleId)); // R17, R5
    }

    [Fact]
    public void R22_Consent_Refused_DeclinesTheInterviewWithItsReasonsAndNoDate()
    {
        var rhi = Rhi(RhiStatus.Allocated);

        var closed = rhi.RecordConsent(ConsentGiver.Assumed, null, false, " Does not want to talk ", Now, Now.AddDays(3), null);

        Assert.Equal((RhiStatus.Declined, "Does not want to talk", (DateTimeOffset?)null, (DateTimeOffset?)null),
            (rhi.Status, rhi.NotHeldReasons, rhi.InterviewedAt, rhi.CompleteDueAt));
        var record = Assert.Single(rhi.ConsentRecords);
        Assert.Equal(("Assumed", false, "Does not want to talk"), (record.GivenBy, record.Consented, record.Reasons));
        Assert.Equal(["Interview offered and refused", "Consent sought and recorded"], closed.Select(c => c.Reason));
    }

    [Theory]
    [InlineData(ConsentGiver.Child, "Enter the name of the child: at 16 or over the child gives their own consent")]
    [InlineData(ConsentGiver.ParentOrCarer, "Enter the name of the parent or carer: a child under 16 needs a parent's or carer's consent")]
    public void R22_Consent_WithoutTheNameOfWhoGaveIt_IsRefusedOnTheNameField(ConsentGiver giver, string message)
    {
        var refused = Assert.Throws<RhiTransitionRefusedException>(() => Rhi(RhiStatus.Offered).RecordConsent(giver, " ", true, null, Now, null, null));
        Assert.Equal((message, "GivenByName"), (refused.Message, refused.Property));
    }

    [Theory]
    [InlineData(RhiStatus.Requested, "Allocate the interview to a worker before recording consent")]
    [InlineData(RhiStatus.Completed, "Consent can only be recorded while the interview is being arranged")]
    [InlineData(RhiStatus.AwaitingAuthorisation, "Consent can only be recorded while the interview is being arranged")]
    public void R22_Consent_BeforeAllocationOrOnceConcluded_IsRefused(RhiStatus status, string message)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanRecordConsent);
        Assert.Equal(message, Refusal(() => rhi.RecordConsent(ConsentGiver.Assumed, null, true, null, Now, null, null)));
    }

    // ----- The looked-after child's choice of interviewer (R23) -----

    [Fact]
    public void R23_IndependentPerson_StartsTheRequestClock_ThenTheRequestAndTheAnswerCloseTheirDuties()
    {
        var rhi = Rhi(RhiStatus.Requested);
        var due = Now.AddHours(24);

        Assert.Empty(rhi.RecordInterviewerChoice(InterviewerChoice.IndependentPerson, true, false, null, Now, due));
        Assert.Equal((InterviewerChoice.IndependentPerson, Now, due), (rhi.InterviewerChoice, rhi.IndependentPersonChosenAt, rhi.IndependentRequestDueAt));

        var later = Now.AddHours(2);
        var closed = rhi.RecordInterviewerChoice(InterviewerChoice.IndependentPerson, true, true, new DateOnly(2026, 11, 27), later, later.AddHours(24));

        Assert.Equal((Now, later, later, new DateOnly(2026, 11, 27)),
            (rhi.IndependentPersonChosenAt, rhi.IndependentRequestedAt, rhi.IndependentResponseAt, rhi.PlannedInterviewDate));
        Assert.Equal(
            [DutyEngine.RhiDutyKey(rhi.Id, RuleIds.LookedAfterChoice, TaskType.ReturnHomeInterview, DutyEngine.IndependentRequestQualifier),
             DutyEngine.RhiDutyKey(rhi.Id, RuleIds.LookedAfterChoice, TaskType.ReturnHomeInterview, DutyEngine.IndependentFollowUpQualifier),
             DutyEngine.RhiDutyKey(rhi.Id, RuleIds.LookedAfterChoice, TaskType.ReturnHomeInterview, DutyEngine.IndependentManagerQualifier)],
            closed.Select(c => c.Key));
    }

    [Fact]
    public void R23_TheManagerTakesUpAnInterviewNotHeld_ByRecordingTheDateNowPlanned_WhichClosesTheirDuty()
    {
        var rhi = Rhi(RhiStatus.Allocated);
        rhi.RecordInterviewerChoice(InterviewerChoice.IndependentPerson, true, true, new DateOnly(2026, 11, 23), Now, Now.AddHours(24));

        var closed = rhi.RecordInterviewerChoice(InterviewerChoice.IndependentPerson, true, true, new DateOnly(2026, 12, 2), Now.AddDays(5), Now.AddDays(6));

        Assert.Contains(DutyEngine.RhiDutyKey(rhi.Id, RuleIds.LookedAfterChoice, TaskType.ReturnHomeInterview, DutyEngine.IndependentManagerQualifier),
            closed.Select(c => c.Key));
        Assert.Equal(new DateOnly(2026, 12, 2), rhi.PlannedInterviewDate);
    }

    [Fact]
    public void R23_SocialWorkerInstead_ClearsTheRequestAndCancelsTheIndependentDuties()
    {
        var rhi = Rhi(RhiStatus.Offered);
        rhi.RecordInterviewerChoice(InterviewerChoice.IndependentPerson, true, true, null, Now, Now.AddHours(24));

        var closed = rhi.RecordInterviewerChoice(InterviewerChoice.SocialWorker, true, false, null, Now, Now.AddHours(24));

        Assert.Equal(InterviewerChoice.SocialWorker, rhi.InterviewerChoice);
        Assert.Null(rhi.IndependentPersonChosenAt);
        Assert.Null(rhi.IndependentRequestedAt);
        var cancel = Assert.Single(closed);
        Assert.Equal((true, RuleIds.LookedAfterChoice, "The child chose their social worker instead"), (cancel.Cancelled, cancel.RuleId, cancel.Reason));
    }

    [Theory]
    [InlineData(RhiStatus.Offered, false, "Only a child in our care chooses who does their interview")]
    [InlineData(RhiStatus.Completed, true, "The choice can only be recorded while the interview is being arranged")]
    [InlineData(RhiStatus.Authorised, true, "The choice can only be recorded while the interview is being arranged")]
    public void R23_Choice_ForAChildNotInOurCareOrOnceConcluded_IsRefused(RhiStatus status, bool offered, string message)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanRecordInterviewerChoice(offered));
        Assert.Equal(message, Refusal(() => rhi.RecordInterviewerChoice(InterviewerChoice.SocialWorker, offered, false, null, Now, Now)));
    }

    // ----- What comes next (the tray) -----

    [Theory]
    [InlineData(RhiStatus.Requested, 0, null, "Allocate to a worker")]
    [InlineData(RhiStatus.Allocated, 0, null, "Make the first contact attempt")]
    [InlineData(RhiStatus.Allocated, 1, null, "Offer the interview")]
    [InlineData(RhiStatus.Offered, 1, null, "Record consent or refusal")]
    [InlineData(RhiStatus.Accepted, 1, null, "Hold and record the interview")]
    [InlineData(RhiStatus.Declined, 1, null, "Send for authorisation")]
    [InlineData(RhiStatus.NoContact, 3, "Add the attempts", "Correct it and send for authorisation again")]
    [InlineData(RhiStatus.AwaitingAuthorisation, 3, null, "Waiting for the manager")]
    [InlineData(RhiStatus.Authorised, 3, null, "None")]
    public void NextStep_FollowsTheState(RhiStatus status, int attempts, string? returned, string step)
    {
        var rhi = Rhi(status);
        rhi.ReturnedReason = returned;
        Assert.Equal(step, rhi.NextStep(new ContactPattern(attempts, 3, new HashSet<TimeOfDay>(), false, null, [])).Step);
    }
}
