using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// R16 (001 §5.1): the team manager's daily check of each missing child's record, one duty for each day (UK time) the child
/// is known to be missing, due by the end of that day, under the profiles whose protocol has it (North Somerset).
/// </summary>
public sealed class DutyEngineDailyCheckTests
{
    private static readonly DateTimeOffset Wednesday10 = DutyFixtures.At("2026-11-18T10:00:00Z"); // GMT: UK time is UTC

    [Fact]
    public void R16_ReportedInTheDay_TheFirstCheckIsRaisedAtOnce_ForTheTeamManager_DueByMidnight()
    {
        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child("CIN"), DutyFixtures.Open(Wednesday10), Wednesday10.AddMinutes(1));

        var check = Assert.Single(plan.Of(TaskType.DailyCheck));
        Assert.Equal((RuleIds.DailyOversight, PolicyRole.TeamManager, TeamKind.AllocatedTeam), (check.RuleId, check.Role, check.Team));
        Assert.Equal(Wednesday10, check.RaiseAt);
        Assert.Equal(DutyFixtures.At("2026-11-19T00:00:00Z"), check.DueAt);
        Assert.Contains("Wednesday 18 November 2026", check.Title, StringComparison.Ordinal);
        Assert.Contains("001 §5.1", check.DueExplanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Statutory")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    public void R16_IsNotRaised_UnderProfilesWhoseProtocolHasNoDailyCheck(string profile)
    {
        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child("CIN"), DutyFixtures.Open(Wednesday10), Wednesday10.AddDays(5));

        Assert.Empty(plan.Of(TaskType.DailyCheck));
    }

    [Fact]
    public void R16_TheNextDaysCheck_IsRaisedAtMidnight_WhileTheChildIsStillMissing()
    {
        var episode = DutyFixtures.Open(Wednesday10);

        var beforeMidnight = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), episode, DutyFixtures.At("2026-11-18T23:59:00Z"));
        var afterMidnight = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), episode, DutyFixtures.At("2026-11-19T00:00:00Z"));
        var threeDaysOn = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), episode, DutyFixtures.At("2026-11-21T12:00:00Z"));

        Assert.Single(beforeMidnight.Of(TaskType.DailyCheck));
        var checks = afterMidnight.Of(TaskType.DailyCheck).OrderBy(c => c.DueAt).ToList();
        Assert.Equal(2, checks.Count);
        Assert.Equal(DutyFixtures.At("2026-11-19T00:00:00Z"), checks[1].RaiseAt);
        Assert.Equal(DutyFixtures.At("2026-11-20T00:00:00Z"), checks[1].DueAt);
        Assert.NotEqual(checks[0].Key, checks[1].Key);
        Assert.Equal(
            ["2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"],
            threeDaysOn.Of(TaskType.DailyCheck).Select(c => c.DueAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void R16_ReportedAfterCoreHours_IsFirstCheckedTheNextDay()
    {
        var evening = DutyFixtures.At("2026-11-18T20:00:00Z");

        var thatNight = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), DutyFixtures.Open(evening), evening.AddHours(3));
        var nextDay = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), DutyFixtures.Open(evening), evening.AddHours(5));

        Assert.Empty(thatNight.Of(TaskType.DailyCheck));
        var check = Assert.Single(nextDay.Of(TaskType.DailyCheck));
        Assert.Equal(DutyFixtures.At("2026-11-19T00:00:00Z"), check.RaiseAt);
        Assert.Equal(DutyFixtures.At("2026-11-20T00:00:00Z"), check.DueAt);
    }

    [Fact]
    public void R16_InSummerTime_TheDayRunsFromUkMidnight()
    {
        var julyMorning = DutyFixtures.At("2026-07-15T09:00:00Z"); // 10:00 BST

        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), DutyFixtures.Open(julyMorning), DutyFixtures.At("2026-07-15T23:30:00Z"));

        var checks = plan.Of(TaskType.DailyCheck).OrderBy(c => c.DueAt).ToList();
        Assert.Equal(2, checks.Count); // 00:30 BST on Thursday is already the next day
        Assert.Equal(DutyFixtures.At("2026-07-15T23:00:00Z"), checks[0].DueAt);
        Assert.Equal(DutyFixtures.At("2026-07-15T23:00:00Z"), checks[1].RaiseAt);
    }

    [Fact]
    public void R16_NoCheckIsRaisedAfterTheReturn_AndTheDaysCheckNotYetDueEndsWithTheEpisode()
    {
        var found = DutyFixtures.At("2026-11-20T11:00:00Z"); // Friday morning
        var returned = DutyFixtures.Returned(Wednesday10, found);

        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), returned, found.AddDays(4));

        // Wednesday's and Thursday's checks fell due while the child was missing; Friday's was not yet due, and none after.
        Assert.Equal(
            [DutyFixtures.At("2026-11-19T00:00:00Z"), DutyFixtures.At("2026-11-20T00:00:00Z")],
            plan.Of(TaskType.DailyCheck).Select(c => c.DueAt).Order());
        Assert.True(DutyEngine.EndsWhenFound(TaskType.DailyCheck));
    }

    [Fact]
    public void R16_AnAbsence_HasNoDailyCheck()
    {
        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child(), DutyFixtures.Open(Wednesday10, EpisodeCategory.Absent), Wednesday10.AddDays(2));

        Assert.Empty(plan.Of(TaskType.DailyCheck));
    }
}
