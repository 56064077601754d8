using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using static MissingChildren.Tests.ReturnInterviews.RhiArrangingTests;

namespace MissingChildren.Tests.ReturnInterviews;

/// <summary>R6 (001 §1.6.1): the Emergency Duty Team asks the child who should do the interview and seeks consent.</summary>
public sealed class RhiOutOfHoursTests
{
    private static string AskKey(ReturnHomeInterview rhi) =>
        DutyEngine.RhiDutyKey(rhi.Id, RuleIds.OutOfHours, TaskType.ReturnHomeInterview, DutyEngine.OutOfHoursAskQualifier);

    [Fact]
    public void R6_TheChildsAnswer_ClosesTheEdtDuty_RecordsConsent_AndLeavesTheInterviewForTheDaytimeService()
    {
        var rhi = Rhi(RhiStatus.Requested);

        var closed = rhi.RecordOutOfHoursAnswer(InterviewerChoice.SocialWorker, choiceOffered: false, ConsentGiver.ParentOrCarer, "Pat Parent",
            consented: true, reasons: null, Now, Now.AddHours(24), "edt-1");

        var done = Assert.Single(closed);
        Assert.Equal(AskKey(rhi), done.Key);
        Assert.False(done.Cancelled);
        Assert.Equal(RhiStatus.Requested, rhi.Status);
        Assert.Equal(InterviewerChoice.SocialWorker, rhi.InterviewerChoice);
        var consent = Assert.Single(rhi.ConsentRecords);
        Assert.Equal(("ParentOrCarer: Pat Parent", true, "edt-1"), (consent.GivenBy, consent.Consented, consent.RecordedByUserId));
    }

    [Fact]
    public void R6_R23_AChildInOurCareChoosingAnIndependentPerson_StartsTheirRequestClock()
    {
        var rhi = Rhi(RhiStatus.Requested);

        rhi.RecordOutOfHoursAnswer(InterviewerChoice.IndependentPerson, choiceOffered: true, ConsentGiver.Assumed, null, consented: true, reasons: null,
            Now, Now.AddHours(24), "edt-1");

        Assert.Equal((Now, Now.AddHours(24)), (rhi.IndependentPersonChosenAt, rhi.IndependentRequestDueAt));
    }

    [Fact]
    public void R6_R22_ARefusalKeepsItsReasons_AndIsNotFinal()
    {
        var rhi = Rhi(RhiStatus.Requested);

        rhi.RecordOutOfHoursAnswer(InterviewerChoice.SocialWorker, false, ConsentGiver.Child, "Alex", consented: false, reasons: "Too tired tonight", Now, Now, null);

        Assert.Equal(RhiStatus.Requested, rhi.Status); // 001 §2.14: the practitioner offers again on the next working day
        Assert.Equal("Too tired tonight", Assert.Single(rhi.ConsentRecords).Reasons);
    }

    [Fact]
    public void R6_R22_WithoutTheNameOfWhoGaveConsent_IsRefused()
    {
        var rhi = Rhi(RhiStatus.Requested);

        var refusal = Refusal(() => rhi.RecordOutOfHoursAnswer(InterviewerChoice.SocialWorker, false, ConsentGiver.ParentOrCarer, " ", true, null, Now, Now, null));

        Assert.StartsWith("Enter the name of the parent or carer", refusal, StringComparison.Ordinal);
        Assert.Empty(rhi.ConsentRecords);
    }

    [Theory]
    [InlineData(RhiStatus.Completed)]
    [InlineData(RhiStatus.AwaitingAuthorisation)]
    public void R6_OnceConcluded_IsRefused(RhiStatus status)
    {
        var rhi = Rhi(status);

        Assert.False(rhi.CanRecordOutOfHoursAnswer);
        Assert.Equal("The child can only be asked while the interview is being arranged",
            Refusal(() => rhi.RecordOutOfHoursAnswer(InterviewerChoice.SocialWorker, false, ConsentGiver.Assumed, null, true, null, Now, Now, null)));
    }

    [Fact]
    public void R6_R28_TheCeScreenWithTheInterview_ClosesEveryCeDutyOnIt_TheEdtsToo()
    {
        var rhi = Rhi(RhiStatus.Completed);

        var closed = Assert.Single(rhi.RecordCeScreen(CeScreenOutcome.NoConcerns, required: true, Now));

        Assert.Equal([TaskType.CeRiskAssessment], closed.Types);
        Assert.Null(closed.RuleId);
    }
}

/// <summary>R7 (002 §4.3): a child under the profile's age is offered the interview by their social worker.</summary>
public sealed class UnderEightRuleTests
{
    [Theory]
    [InlineData("Somerset", 7, true)]
    [InlineData("Somerset", 8, false)]
    [InlineData("Somerset", null, false)]
    [InlineData("NorthSomerset", 5, false)]
    public void R7_OfferedBySocialWorker_UnderTheProfilesAge(string profile, int? age, bool expected)
    {
        var policy = PolicyProfileCatalog.Load(profile);
        var rules = new ReturnInterviewRules(policy, policy.CreateCalendar(new MissingChildren.Domain.Time.UkBankHolidaySource(), []));

        Assert.Equal(expected, rules.OfferedBySocialWorker(age));
    }
}
