using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Policy;

public sealed class MedwayProfileTests
{
    private static readonly DateTimeOffset MissingFrom = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly PolicyProfile _p = PolicyProfileCatalog.Load("Medway");

    [Fact]
    public void Medway_R12_StrategyMeetingAt48Hours_HeadOfServiceNotified()
    {
        var meeting = _p.WhileMissing.StrategyMeeting!;

        Assert.Equal(48, meeting.TriggerAfterMissingHours);
        Assert.True(meeting.NotifyHeadOfService);
        Assert.True(meeting.InviteIroOrCpChair);
        Assert.Equal(MissingFrom.AddHours(48), meeting.FirstDueAt(MissingFrom));
    }

    [Fact]
    public void Medway_R13_NeedToKnowAfter24Hours_IroOrCpChairWithin24()
    {
        var ntk = _p.WhileMissing.NeedToKnow!;

        Assert.Equal(24, ntk.AfterMissingHours);
        Assert.Equal(24, ntk.IroOrCpChairInformedWithinHours);
        Assert.Equal(ChildGroup.LookedAfterOrChildProtection, ntk.IroOrCpChairAppliesTo);
    }

    [Fact]
    public void Medway_R15_FortnightlyDiscussionsInTheFirst28Days()
    {
        var review = Review("FortnightlyExploitationDiscussion");

        Assert.Equal([MissingFrom.AddDays(14), MissingFrom.AddDays(28)], review.DueTimes(MissingFrom, MissingFrom.AddYears(1)));
    }

    [Fact]
    public void Medway_R15_HeadOfServiceReviewAt2Months() =>
        Assert.Equal([MissingFrom.AddMonths(2)], Review("HeadOfServiceCaseReview").DueTimes(MissingFrom, MissingFrom.AddYears(1)));

    [Fact]
    public void Medway_R15_BiMonthlyMultiDisciplinaryReviewsUpTo6Months()
    {
        var due = Review("BiMonthlyMultiDisciplinaryReview").DueTimes(MissingFrom, MissingFrom.AddYears(1)).ToList();

        var first = MissingFrom.AddDays(28);
        Assert.Equal([first, first.AddMonths(2), first.AddMonths(4)], due);
        Assert.All(due, d => Assert.True(d <= MissingFrom.AddMonths(6)));
    }

    [Fact]
    public void Medway_R15_SixMonthDecisionMeeting() =>
        Assert.Equal([MissingFrom.AddMonths(6)], Review("SixMonthDecisionMeeting").DueTimes(MissingFrom, MissingFrom.AddYears(1)));

    [Fact]
    public void Medway_R15_R43_UascMeetingAt28Days()
    {
        var review = Review("UascTwentyEightDayMeeting");

        Assert.Equal(ChildGroup.UnaccompaniedAsylumSeeking, review.AppliesTo);
        Assert.Equal([MissingFrom.AddDays(28)], review.DueTimes(MissingFrom, MissingFrom.AddYears(1)));
    }

    [Fact]
    public void Medway_R15_ReviewsNotYetDue_AreNotListedBeyondTheHorizon() =>
        Assert.Empty(Review("SixMonthDecisionMeeting").DueTimes(MissingFrom, MissingFrom.AddMonths(1)));

    [Fact]
    public void Medway_R33_ThreeReportsIn90Days_OrMissing48Hours()
    {
        var meeting = _p.AfterReturn.ProfessionalsMeeting!;

        Assert.Equal((3, 90, 48), (meeting.EpisodeCount, meeting.WithinDays, meeting.OrMissingForHours));
        Assert.Equal(PolicyRole.Police, meeting.ConvenedBy);
    }

    [Fact]
    public void Medway_R24_ClosedAsDeclinedAfterMoreThanThreeAttempts() =>
        Assert.Equal(4, _p.ReturnInterview.CloseAsDeclinedAfterUnsuccessfulAttempts);

    [Fact]
    public void Medway_R17_WithinFoundReport72Hours()
    {
        Assert.Equal(RhiClockStart.FoundReportReceived, _p.ReturnInterview.ClockStartsAt);
        Assert.Equal(72, _p.ReturnInterview.CompleteWithinHours);
    }

    [Fact]
    public void Medway_R45_PublicityDecidedByTheAssistantDirector()
    {
        Assert.Equal(PolicyRole.Director, _p.Safeguarding.PublicityDecision!.DecidedBy);
        Assert.True(_p.Safeguarding.PublicityDecision.ParentsWarnedFirst);
    }

    [Fact]
    public void Medway_SilentOnEscalation_TakesTheBaseline() =>
        Assert.Equal(PolicyProfileCatalog.Load("Statutory").Oversight.Escalation, _p.Oversight.Escalation);

    private LongMissingReview Review(string code) => Assert.Single(_p.WhileMissing.LongMissingReviews, r => r.Code == code);
}
