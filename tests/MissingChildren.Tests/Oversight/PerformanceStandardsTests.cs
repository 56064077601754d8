using Microsoft.Extensions.Time.Testing;
using MissingChildren.Domain.Oversight;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Oversight;

/// <summary>R37 (002 §3): the performance standards, read from the RHI's own clocks.</summary>
public sealed class PerformanceStandardsTests
{
    // Monday 16 November 2026, 10:00 (GMT, so UTC is local time): the RHI service is informed of the return.
    private static readonly DateTimeOffset Informed = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Informed.AddDays(30));

    private static (PerformanceStandards Standards, ReturnInterviewRules Rules) For(string profileName)
    {
        var profile = PolicyProfileCatalog.Load(profileName);
        var calendar = profile.CreateCalendar(new UkBankHolidaySource(), []);
        return (new PerformanceStandards(profile, calendar), new ReturnInterviewRules(profile, calendar));
    }

    private static InterviewFacts Interview(DateTimeOffset? offeredAt = null, DateTimeOffset? acceptedAt = null, DateTimeOffset? completeDueAt = null,
        DateTimeOffset? interviewedAt = null, bool refused = false, DateTimeOffset? informed = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), informed ?? Informed, (informed ?? Informed).AddHours(72), offeredAt, acceptedAt, completeDueAt, interviewedAt, refused);

    [Fact]
    public void R37_SomersetsTargets_AreFrom002Section3()
    {
        var targets = PolicyProfileCatalog.Load("Somerset").ReturnInterview.PerformanceStandards;

        Assert.Equal((100, 100, 10), (targets.OfferedInTimePercent, targets.CompletedInTimePercent!.Value, targets.MaximumRefusedPercent!.Value));
    }

    [Theory]
    [InlineData(-1, StandardResult.Met)]
    [InlineData(0, StandardResult.Met)]
    [InlineData(1, StandardResult.Missed)]
    public void R37_OfferedMinutesEitherSideOf72Hours_IsInTimeUpToTheDeadlineItself(int minutesAfterDeadline, StandardResult expected)
    {
        var (standards, _) = For("Somerset");

        var assessed = standards.Assess(Interview(offeredAt: Informed.AddHours(72).AddMinutes(minutesAfterDeadline)), _clock.GetUtcNow());

        Assert.Equal(expected, assessed.Offer);
    }

    [Fact]
    public void R37_NotOffered_IsAwaitedUntilTheDeadline_ThenMissed()
    {
        var (standards, _) = For("Somerset");
        var interview = Interview();

        Assert.Equal(StandardResult.NotYetDue, standards.Assess(interview, Informed.AddHours(72)).Offer);
        Assert.Equal(StandardResult.Missed, standards.Assess(interview, Informed.AddHours(72).AddMinutes(1)).Offer);
    }

    [Fact]
    public void R37_AReturnStillInItsOfferTime_IsNotCountedForOrAgainstTheTarget()
    {
        var (standards, _) = For("Somerset");
        var now = Informed.AddHours(24);
        var month = new DateOnly(2026, 11, 1);

        var figures = standards.Summarise(month, [standards.Assess(Interview(offeredAt: Informed.AddHours(2)), now), standards.Assess(Interview(), now)]);

        Assert.Equal(2, figures.Eligible);
        Assert.Equal(1, figures.AwaitingOffer);
        Assert.Equal((1, 1, 100m, true), (figures.OfferedInTime.Count, figures.OfferedInTime.OutOf, figures.OfferedInTime.Percent, figures.OfferedInTime.TargetMet));
    }

    [Fact]
    public void R37_OneOfTwoOfferedLate_Is50Percent_AndMissesThe100PercentTarget()
    {
        var (standards, _) = For("Somerset");
        var now = _clock.GetUtcNow();

        var figures = standards.Summarise(new DateOnly(2026, 11, 1),
            [standards.Assess(Interview(offeredAt: Informed.AddHours(10)), now), standards.Assess(Interview(offeredAt: Informed.AddHours(80)), now)]);

        Assert.Equal(50m, figures.OfferedInTime.Percent);
        Assert.Equal(100, figures.OfferedInTime.Target);
        Assert.False(figures.OfferedInTime.TargetMet);
    }

    [Fact]
    public void R21_R37_AcceptedOnChristmasEve_HeldOn30December_IsInTime_BecauseTheBankHolidaysAreNotWorkingDays()
    {
        var (standards, rules) = For("Somerset");
        var accepted = new DateTimeOffset(2026, 12, 24, 11, 0, 0, TimeSpan.Zero); // Thursday; Friday 25 and Monday 28 are bank holidays
        var due = rules.CompleteDueAt(accepted, accepted)!.Value;
        var now = new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero);

        var heldOn30 = standards.Assess(Interview(Informed, accepted, due, new DateTimeOffset(2026, 12, 30, 16, 0, 0, TimeSpan.Zero)), now);
        var heldAfter = standards.Assess(Interview(Informed, accepted, due, new DateTimeOffset(2026, 12, 31, 17, 1, 0, TimeSpan.Zero)), now);

        Assert.Equal(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero), due);
        Assert.Equal(StandardResult.Met, heldOn30.Completion);
        Assert.Equal(StandardResult.Missed, heldAfter.Completion);
    }

    [Fact]
    public void R37_AcceptedNotHeld_IsAwaitedUntilTheThirdWorkingDay_ThenMissed()
    {
        var (standards, rules) = For("Somerset");
        var accepted = Informed.AddHours(5);
        var due = rules.CompleteDueAt(accepted, accepted)!.Value; // Thursday 19 November, 17:00
        var interview = Interview(Informed.AddHours(5), accepted, due);

        Assert.Equal(StandardResult.NotYetDue, standards.Assess(interview, due).Completion);
        Assert.Equal(StandardResult.Missed, standards.Assess(interview, due.AddMinutes(1)).Completion);
    }

    [Theory]
    [InlineData(1, 10, 10, true)]
    [InlineData(2, 10, 20, false)]
    [InlineData(1, 9, 11.1, false)]
    public void R37_RefusalRate_IsOfThoseOffered_AndMeetsTheTargetAtNoMoreThan10Percent(int refused, int offered, double percent, bool met)
    {
        var (standards, _) = For("Somerset");
        var now = _clock.GetUtcNow();
        var returns = Enumerable.Range(0, offered)
            .Select(i => standards.Assess(Interview(offeredAt: Informed.AddHours(1), refused: i < refused), now))
            .Append(standards.Assess(Interview(informed: Informed.AddDays(29)), now)); // not offered yet: not in the rate

        var figures = standards.Summarise(new DateOnly(2026, 11, 1), returns);

        Assert.Equal((refused, offered), (figures.Refused!.Count, figures.Refused.OutOf));
        Assert.Equal((decimal)percent, figures.Refused.Percent);
        Assert.Equal(met, figures.Refused.TargetMet);
    }

    [Fact]
    public void R37_ARefusedInterview_IsNotCountedAgainstTheCompletionStandard()
    {
        var (standards, rules) = For("Somerset");
        var accepted = Informed.AddHours(5);

        var assessed = standards.Assess(Interview(accepted, accepted, rules.CompleteDueAt(accepted, accepted), refused: true), _clock.GetUtcNow());

        Assert.Equal(StandardResult.NotMeasured, assessed.Completion);
    }

    [Theory]
    [InlineData("Somerset", false, false, true)]
    [InlineData("Somerset", true, false, false)]
    [InlineData("Somerset", false, true, true)] // 002 §8.1.2: Somerset offers the interview to another authority's child itself
    [InlineData("Statutory", false, true, false)] // R8: the home authority does it
    [InlineData("NorthSomerset", false, true, false)]
    [InlineData("Statutory", false, false, true)]
    public void R37_Eligibility_TheCurrentVersion_AndNotAnotherAuthoritysChildWhoseHomeAuthorityInterviews(
        string profile, bool superseded, bool otherAuthorityChild, bool eligible) =>
        Assert.Equal(eligible, For(profile).Standards.IsEligible(superseded, otherAuthorityChild));

    [Fact]
    public void R37_WhereTheProfileHasNoR37_OnlyTheStatutoryOfferIsMeasured()
    {
        var (standards, _) = For("Statutory");
        var accepted = Informed.AddHours(5);

        var figures = standards.Summarise(new DateOnly(2026, 11, 1),
            [standards.Assess(Interview(accepted, accepted, accepted.AddHours(67), refused: true), _clock.GetUtcNow())]);

        Assert.Equal(100, figures.OfferedInTime.Target);
        Assert.Null(figures.CompletedInTime);
        Assert.Null(figures.Refused);
    }

    [Fact]
    public void R17_FirstOffer_IsTheEarliestAttemptThatOfferedIt_LetterOrConsent_NotAnUnansweredCall()
    {
        var attempts = new[]
        {
            (Informed.AddHours(1), "Phone", "NoAnswer"),
            (Informed.AddHours(30), "Phone", ContactPattern.DeclinedOutcome),
            (Informed.AddHours(20), ContactPattern.LetterMethod, "LetterSent"),
        };

        Assert.Equal(Informed.AddHours(20), PerformanceStandards.FirstOffer(attempts, [Informed.AddHours(40)], null));
        Assert.Equal(Informed.AddHours(3), PerformanceStandards.FirstOffer([(Informed.AddHours(1), "Phone", "NoAnswer")], [Informed.AddHours(3)], null));
        Assert.Null(PerformanceStandards.FirstOffer([(Informed.AddHours(1), "Phone", "MessageLeft")], [], null));
    }

    [Fact]
    public void R37_AReturnCountsInTheMonthItsClockStarted_InUkTime()
    {
        var (standards, _) = For("Somerset");
        var lateOn31May = new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero); // 00:30 on 1 June in British Summer Time

        var months = standards.ByMonth([standards.Assess(Interview(informed: lateOn31May), _clock.GetUtcNow())], new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 30));

        Assert.Equal([0, 1], months.Select(m => m.Eligible));
        Assert.Equal([new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1)], months.Select(m => m.Month));
    }
}
