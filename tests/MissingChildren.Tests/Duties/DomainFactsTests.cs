using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// Facts defined once in the domain and used wherever they are needed: our looked-after child, the child's age today
/// in UK local time, and repeat missing (the case view's warning and the R33 professionals meeting agree).
/// </summary>
public sealed class DomainFactsTests
{
    private static readonly WorkingCalendar Calendar = DutyFixtures.Engine("Statutory").Calendar;

    private static Child Child(params Involvement[] involvements) =>
        new() { LocalId = "P1", FirstName = "A", LastName = "B", DateOfBirth = new DateOnly(2010, 7, 1), Involvements = [.. involvements] };

    private static Involvement Open(InvolvementType type) => new() { Type = type, StartDate = new DateOnly(2025, 1, 1) };

    [Theory]
    [InlineData("CLA", true)]
    [InlineData("CLA+CLAOtherAuthority", true)]
    [InlineData("CLAOtherAuthority", false)]
    [InlineData("CP+CIN", false)]
    [InlineData("None", false)]
    public void OurLookedAfterChild_IsAnOpenClaInvolvement_TheSameForTheChildAndTheDutyEngine(string involvement, bool expected)
    {
        var facts = DutyFixtures.Child(involvement);
        var child = Child([.. facts.OpenInvolvements.Select(Open)]);

        Assert.Equal(expected, child.IsOurLookedAfterChild);
        Assert.Equal(expected, facts.IsLookedAfter);
    }

    [Fact]
    public void OurLookedAfterChild_AnEndedClaInvolvement_IsNotOurs()
    {
        var ended = Open(InvolvementType.CLA);
        ended.EndDate = new DateOnly(2026, 1, 1);

        Assert.False(Child(ended).IsOurLookedAfterChild);
    }

    [Theory]
    [InlineData("2026-06-30T22:59:00Z", 15)] // 23:59 BST on 30 June: the day before the birthday
    [InlineData("2026-06-30T23:00:00Z", 16)] // 00:00 BST on 1 July: the birthday in London, still 30 June in UTC
    [InlineData("2026-07-01T12:00:00Z", 16)]
    public void AgeToday_IsTheAgeOnTheDateInLondon(string nowUtc, int expected) =>
        Assert.Equal(expected, Child().AgeToday(DutyFixtures.At(nowUtc), Calendar));

    [Fact]
    public void AgeToday_WithoutADateOfBirth_IsUnknown() =>
        Assert.Null(new Child { LocalId = "P1", FirstName = "A", LastName = "B" }.AgeToday(DutyFixtures.InHours, Calendar));

    [Theory]
    [InlineData(0, true)]    // the first began exactly 90 days before the third: both ends count
    [InlineData(1, false)]   // a minute earlier: only two within 90 days
    public void RepeatMissing_TheCaseViewWarningAndTheR33DutyAgree_AtTheNinetyDayBoundary(int minutesEarlier, bool expected)
    {
        // Medway (R33): "reported missing 3 times within 90 days". The third episode: 5 hours, found Wednesday 10:00.
        var third = DutyFixtures.InHours.AddHours(-5);
        List<DateTimeOffset> starts = [third.AddDays(-90).AddMinutes(-minutesEarlier), third.AddDays(-45), third];
        var history = new HistoryFacts(starts.Count, RepeatMissing.EpisodesInWindowEndingAt(starts, third), starts.Count);

        var plan = DutyFixtures.Plan("Medway", DutyFixtures.Child(), DutyFixtures.Returned(third, DutyFixtures.InHours), DutyFixtures.InHours, history);

        Assert.Equal(expected, RepeatMissing.IsRepeat(starts));
        Assert.Equal(expected, plan.Of(TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting).Any());
    }

    [Fact]
    public void RepeatMissing_CountsTheWindowEndingAtEachEpisode_ThisOneIncluded()
    {
        var t = DutyFixtures.InHours;
        DateTimeOffset[] starts = [t.AddDays(-200), t.AddDays(-60), t.AddDays(-30), t, t.AddDays(10)];

        Assert.Equal(3, RepeatMissing.EpisodesInWindowEndingAt(starts, t));
        Assert.Equal(1, RepeatMissing.EpisodesInWindowEndingAt(starts, t.AddDays(-200)));
    }
}
