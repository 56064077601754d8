using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;
using static MissingChildren.Tests.ReturnInterviews.RhiArrangingTests;

namespace MissingChildren.Tests.ReturnInterviews;

/// <summary>
/// The RHI's state machine, concluding it: the interview, no interview (R24), the CE screen (R28), the manager's
/// authorisation (R30) and the correction of an authorised version; each step allowed, and each refused with its message.
/// </summary>
public sealed class RhiConcludingTests
{
    private static InterviewRecord Record(DateTimeOffset? at = null, bool? interpreter = null) =>
        new(at ?? Now.AddHours(-1), " Family home ", "The child", "Stayed with a friend", null, "None found", true, interpreter, interpreter == true ? " Tigrinya " : null);

    private static ContactPattern Pattern(params string[] missing) => new(missing.Length == 0 ? 3 : 1, 3, new HashSet<TimeOfDay>(), true, null, missing);

    // ----- The interview -----

    [Fact]
    public void Interview_OnceAccepted_CompletesTheRhiAndClosesItsInterviewDuties()
    {
        var rhi = Rhi(RhiStatus.Accepted);
        Assert.True(rhi.CanRecordInterview);

        var closed = rhi.RecordInterview(Record(interpreter: true), uasc: true);

        Assert.Equal((RhiStatus.Completed, "Family home", true, "Tigrinya"), (rhi.Status, rhi.InterviewLocation, rhi.InterpreterNeeded, rhi.InterpreterLanguage));
        var done = Assert.Single(closed);
        Assert.Equal((TaskType.ReturnHomeInterview, (string?)null, "Interview held"), (Assert.Single(done.Types), done.RuleId, done.Reason));
    }

    [Fact]
    public void Interview_OnACorrection_MayBeWrittenAgain()
    {
        var rhi = Rhi(RhiStatus.Completed, correction: true);
        Assert.True(rhi.CanRecordInterview);
        rhi.RecordInterview(Record(), uasc: false);
        Assert.Equal(RhiStatus.Completed, rhi.Status);
    }

    [Theory]
    [InlineData(RhiStatus.Requested, "Record consent to the interview before recording the interview")]
    [InlineData(RhiStatus.Offered, "Record consent to the interview before recording the interview")]
    [InlineData(RhiStatus.Completed, "The interview has already been concluded")]
    [InlineData(RhiStatus.Declined, "The interview has already been concluded")]
    [InlineData(RhiStatus.AwaitingAuthorisation, "The interview has already been concluded")]
    public void Interview_BeforeConsentOrOnceConcluded_IsRefused(RhiStatus status, string message)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanRecordInterview);
        Assert.Equal(message, Refusal(() => rhi.RecordInterview(Record(), false)));
    }

    [Fact]
    public void R43_Interview_OfAnUnaccompaniedChild_WithoutTheInterpretingNeed_IsRefusedOnThatField()
    {
        var refused = Assert.Throws<RhiTransitionRefusedException>(() => Rhi(RhiStatus.Accepted).RecordInterview(Record(), uasc: true));
        Assert.Equal(("Select whether an interpreter is needed", "InterpreterNeeded"), (refused.Message, refused.Property));
    }

    [Fact]
    public void Interview_BeforeTheChildReturned_IsRefusedOnTheDate()
    {
        var rhi = Rhi(RhiStatus.Accepted);
        var refused = Assert.Throws<RhiTransitionRefusedException>(() => rhi.RecordInterview(Record(rhi.RequestedAt.AddMinutes(-1)), false));
        Assert.Equal(("The date of the interview must be after the child returned", "InterviewedAt"), (refused.Message, refused.Property));
        Assert.Equal(RhiStatus.Accepted, rhi.Status);
    }

    // ----- No interview (R24) -----

    [Theory]
    [InlineData(RhiStatus.Allocated, RhiStatus.Declined, "Interview declined")]
    [InlineData(RhiStatus.Offered, RhiStatus.NoContact, "No contact after the attempts")]
    [InlineData(RhiStatus.Declined, RhiStatus.Declined, "Interview declined")]
    public void R24_NoInterview_RecordsReasonsAndSupport_WithTheDateBlank(RhiStatus from, RhiStatus outcome, string reason)
    {
        var rhi = Rhi(from);
        Assert.True(rhi.CanRecordNoInterview);

        var closed = rhi.RecordNoInterview(outcome, " Would not engage ", " Youth worker ", Pattern());

        Assert.Equal((outcome, (DateTimeOffset?)null, "Would not engage", "Youth worker"), (rhi.Status, rhi.InterviewedAt, rhi.NotHeldReasons, rhi.SupportOffered));
        Assert.Equal(reason, Assert.Single(closed).Reason);
    }

    [Fact]
    public void R20_NoContact_BeforeTheAttemptsAreMade_IsRefused() =>
        Assert.Equal("Before recording no contact, make 2 more attempts, one outside core hours",
            Refusal(() => Rhi(RhiStatus.Offered).RecordNoInterview(RhiStatus.NoContact, "r", "s", Pattern("2 more attempts", "one outside core hours"))));

    [Fact]
    public void R20_NoContact_AfterTheAttempts_ButBeforeTheLetter_IsRefusedNamingTheLetter() =>
        Assert.Equal("Before recording no contact, send the letter offering the interview",
            Refusal(() => Rhi(RhiStatus.Offered).RecordNoInterview(RhiStatus.NoContact, "r", "s", Pattern() with { LetterRequired = true })));

    [Theory]
    [InlineData(3, 1, "Closed as declined after 4 unsuccessful attempts by phone and letter. No answer")]
    [InlineData(4, 2, "Closed as declined after 6 unsuccessful attempts by phone and letter. No answer")]
    public void R24_Medway_NoContactAfterFourTriesByPhoneAndLetter_IsClosedAsDeclined(int phone, int letters, string reasons)
    {
        var rhi = Rhi(RhiStatus.Offered);

        var closed = rhi.RecordNoInterview(RhiStatus.NoContact, " No answer ", "Helpline numbers", Pattern() with { Attempts = phone, Letters = letters }, closeAsDeclinedAfterAttempts: 4);

        Assert.Equal((RhiStatus.Declined, reasons), (rhi.Status, rhi.NotHeldReasons));
        Assert.Equal("Interview declined", Assert.Single(closed).Reason);
    }

    [Theory]
    [InlineData(3, 0, "Before closing it as declined, make 4 attempts by phone and letter: 3 made so far")]
    [InlineData(4, 0, "Before closing it as declined, send the letter offering the interview")]
    [InlineData(2, 1, "Before closing it as declined, make 4 attempts by phone and letter: 3 made so far")]
    public void R24_Medway_NoContactBeforeTheTriesAndTheLetter_IsRefused(int phone, int letters, string message) =>
        Assert.Equal(message, Refusal(() => Rhi(RhiStatus.Offered)
            .RecordNoInterview(RhiStatus.NoContact, "r", "s", Pattern() with { Attempts = phone, Letters = letters }, closeAsDeclinedAfterAttempts: 4)));

    [Fact]
    public void R25_Declined_KeepsWhatTheParentsOrCarersSaid()
    {
        var rhi = Rhi(RhiStatus.Offered);

        rhi.RecordNoInterview(RhiStatus.Declined, "Would not talk", "Leaflet", null, parentsCarersViews: " Dad says she is settled ");

        Assert.Equal("Dad says she is settled", rhi.ParentsCarersViews);
    }

    [Theory]
    [InlineData(RhiStatus.Requested, false, "Allocate the interview to a worker first")]
    [InlineData(RhiStatus.Completed, false, "The interview has already been concluded")]
    [InlineData(RhiStatus.NoContact, false, "The interview has already been concluded")]
    [InlineData(RhiStatus.AwaitingAuthorisation, false, "The interview has already been concluded")]
    [InlineData(RhiStatus.Authorised, true, "The interview has already been concluded")]
    public void R24_NoInterview_BeforeAllocationOrOnceConcluded_IsRefused(RhiStatus status, bool correction, string message)
    {
        var rhi = Rhi(status, correction);
        Assert.False(rhi.CanRecordNoInterview);
        Assert.False(rhi.OffersNoInterview);
        Assert.Equal(message, Refusal(() => rhi.RecordNoInterview(RhiStatus.Declined, "r", "s", null)));
    }

    [Fact]
    public void R24_NoInterview_IsOfferedOnADeclinedOneUntilItsSupportIsRecorded_AndOnACorrection()
    {
        var declined = Rhi(RhiStatus.Declined);
        Assert.True(declined.OffersNoInterview);
        declined.SupportOffered = "Youth worker";
        Assert.False(declined.OffersNoInterview);
        Assert.True(declined.CanRecordNoInterview);
        Assert.True(Rhi(RhiStatus.Completed, correction: true).OffersNoInterview);
    }

    // ----- The CE screen (R28) -----

    [Theory]
    [InlineData(CeScreenOutcome.NoConcerns, 1)]
    [InlineData(CeScreenOutcome.NotNeededDoneSinceEpisodeBegan, 1)]
    [InlineData(CeScreenOutcome.ConcernsFullAssessmentNeeded, 0)]
    public void R28_CeScreen_IsTheCeDuty_UnlessItFoundConcerns(CeScreenOutcome outcome, int closes)
    {
        var rhi = Rhi(RhiStatus.Offered);
        Assert.True(rhi.CanRecordCeScreen(required: true));

        var closed = rhi.RecordCeScreen(outcome, true, Now);

        Assert.Equal((outcome, Now), (rhi.CeScreenOutcome, rhi.CeScreenCompletedAt));
        Assert.Equal(closes, closed.Count);
        // R28, and R6's out-of-hours CE assessment: any CE duty on the RHI or its episodes.
        Assert.All(closed, c => Assert.Equal((TaskType.CeRiskAssessment, (string?)null), (Assert.Single(c.Types), c.RuleId)));
    }

    [Theory]
    [InlineData(RhiStatus.Offered, false, "A CE screen is not part of this child's interview")]
    [InlineData(RhiStatus.Requested, true, "Allocate the interview to a worker first")]
    [InlineData(RhiStatus.AwaitingAuthorisation, true, "The interview has been sent for authorisation")]
    [InlineData(RhiStatus.Authorised, true, "The interview has been sent for authorisation")]
    public void R28_CeScreen_NotRequiredBeforeAllocationOrOnceSent_IsRefused(RhiStatus status, bool required, string message)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanRecordCeScreen(required));
        Assert.Equal(message, Refusal(() => rhi.RecordCeScreen(CeScreenOutcome.NoConcerns, required, Now)));
    }

    // ----- Authorisation (R30) -----

    [Theory]
    [InlineData(RhiStatus.Completed)]
    [InlineData(RhiStatus.NoContact)]
    public void R30_Send_WhenConcluded_AwaitsTheManager_RememberingHowItEnded(RhiStatus concluded)
    {
        var rhi = Rhi(concluded);
        rhi.ReturnedReason = "Add the parents' views";
        Assert.True(rhi.CanSendForAuthorisation(ceScreenRequired: false));

        rhi.SendForAuthorisation(false, Now);

        Assert.Equal((RhiStatus.AwaitingAuthorisation, concluded, Now, (string?)null), (rhi.Status, rhi.ConcludedAs, rhi.SentForAuthorisationAt, rhi.ReturnedReason));
        Assert.True(rhi.IsLocked);
    }

    [Theory]
    [InlineData(RhiStatus.Accepted, false, "Record the interview, or that it was declined or there was no contact, before sending it for authorisation")]
    [InlineData(RhiStatus.AwaitingAuthorisation, false, "The interview has already been sent for authorisation")]
    [InlineData(RhiStatus.Authorised, false, "The interview has already been sent for authorisation")]
    [InlineData(RhiStatus.Declined, false, "Record the reasons and the support offered before sending a declined interview for authorisation")]
    [InlineData(RhiStatus.Completed, true, "Complete the CE screen before sending the interview for authorisation")]
    public void R30_Send_NotConcludedOrIncomplete_IsRefused(RhiStatus status, bool ceRequired, string message)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanSendForAuthorisation(ceRequired));
        Assert.Equal(message, Refusal(() => rhi.SendForAuthorisation(ceRequired, Now)));
        Assert.Equal(status, rhi.Status);
    }

    [Fact]
    public void R30_Authorise_LocksIt_AndReturn_PutsItBackAsItEnded()
    {
        var rhi = Rhi(RhiStatus.NoContact);
        rhi.SupportOffered = "s";
        rhi.SendForAuthorisation(false, Now);

        rhi.ReturnToWorker("Add the attempts");
        Assert.Equal((RhiStatus.NoContact, "Add the attempts"), (rhi.Status, rhi.ReturnedReason));

        rhi.SendForAuthorisation(false, Now);
        rhi.Authorise();
        Assert.Equal(RhiStatus.Authorised, rhi.Status);
        Assert.True(rhi.CanStartCorrection);
    }

    [Fact]
    public void R30_Returned_ItsWorkerWritesTheInterviewAgain_AndSendsItAgain_WhichLocksItAndClearsTheReason()
    {
        var rhi = Rhi(RhiStatus.Accepted);
        rhi.RecordInterview(Record(), uasc: false);
        rhi.SendForAuthorisation(false, Now);
        Assert.False(rhi.CanRecordInterview);

        rhi.ReturnToWorker("Add what the parents said");

        Assert.True(rhi.IsReturnedToWorker);
        Assert.True(rhi.CanRecordInterview);
        Assert.True(rhi.OffersNoInterview);
        rhi.RecordInterview(Record() with { ParentsCarersViews = " Worried about the older friends " }, uasc: false);
        Assert.Equal((RhiStatus.Completed, "Worried about the older friends"), (rhi.Status, rhi.ParentsCarersViews));

        rhi.SendForAuthorisation(false, Now);
        Assert.Equal((RhiStatus.AwaitingAuthorisation, (string?)null, false), (rhi.Status, rhi.ReturnedReason, rhi.IsReturnedToWorker));
        Assert.Equal("The interview has already been concluded", Refusal(() => rhi.RecordInterview(Record(), false)));
    }

    [Fact]
    public void R30_Returned_DeclinedOne_ItsReasonsAndSupportAreRecordedAgain()
    {
        var rhi = Rhi(RhiStatus.Declined);
        rhi.SupportOffered = "Youth worker";
        rhi.SendForAuthorisation(false, Now);
        rhi.ReturnToWorker("Say what support was offered to the family");

        Assert.True(rhi.OffersNoInterview);
        rhi.RecordNoInterview(RhiStatus.Declined, "Did not want to talk", " Youth worker and a parenting group ", null);
        Assert.Equal("Youth worker and a parenting group", rhi.SupportOffered);
        Assert.False(rhi.CanRecordInterview); // it was declined: there is no interview record to write again
    }

    // ----- Correction (R30) -----

    [Fact]
    public void R30_Correction_OfAnAuthorisedVersion_IsANewVersionWithItsRecord_AndThisOneIsKept()
    {
        var rhi = Rhi(RhiStatus.Authorised);
        rhi.ConcludedAs = RhiStatus.Declined;
        rhi.NotHeldReasons = "Would not engage";
        var attempt = new ContactAttempt { ReturnHomeInterviewId = rhi.Id, At = Now, Method = "Phone", Contacted = "Child", Outcome = "NoAnswer" };
        var consent = new ConsentRecord { ReturnHomeInterviewId = rhi.Id, At = Now, GivenBy = "Assumed", Consented = false, Reasons = "r" };

        var correction = rhi.StartCorrection(" Wrong reasons ", Now, [attempt], [consent]);

        Assert.Equal((RhiStatus.Declined, rhi.Id, "Wrong reasons", "Would not engage"),
            (correction.Status, correction.PreviousVersionId, correction.CorrectionReason, correction.NotHeldReasons));
        Assert.True(correction.IsCorrection);
        Assert.NotSame(attempt, Assert.Single(correction.ContactAttempts));
        Assert.Equal("Assumed", Assert.Single(correction.ConsentRecords).GivenBy);
        Assert.Equal((RhiStatus.Authorised, correction.Id, Now), (rhi.Status, rhi.SupersededById, rhi.SupersededAt));
        Assert.False(rhi.CanStartCorrection);
    }

    [Fact]
    public void R30_Correction_OfACorrectedVersion_IsRefused()
    {
        var rhi = Rhi(RhiStatus.Authorised);
        rhi.StartCorrection("r", Now, [], []);
        Assert.Equal("This version has already been corrected: correct the current version", Refusal(() => rhi.StartCorrection("r", Now, [], [])));
    }

    [Theory]
    [InlineData(RhiStatus.Completed)]
    [InlineData(RhiStatus.AwaitingAuthorisation)]
    [InlineData(RhiStatus.Offered)]
    public void R30_Correction_OfAnRhiNotAuthorised_IsRefused(RhiStatus status)
    {
        var rhi = Rhi(status);
        Assert.False(rhi.CanStartCorrection);
        Assert.Equal("Only an authorised interview is corrected as a new version: change this one directly", Refusal(() => rhi.StartCorrection("r", Now, [], [])));
    }
}
