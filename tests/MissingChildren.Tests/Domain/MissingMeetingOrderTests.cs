using MissingChildren.Domain.Episodes;

namespace MissingChildren.Tests.Domain;

/// <summary>R38: the missing meeting's children, highest risk first (<see cref="MissingMeetingOrder"/>).</summary>
public sealed class MissingMeetingOrderTests
{
    private static MissingMeetingOrder.Facts Facts(
        bool missingNow = false, PoliceRiskLevel? police = PoliceRiskLevel.Medium, int? exploitation = null, int in90Days = 1, int inPeriod = 1, double hours = 5) =>
        new(missingNow, police, exploitation, in90Days, inPeriod, TimeSpan.FromHours(hours));

    private static IReadOnlyList<string> Rank(params (string Name, MissingMeetingOrder.Facts Facts)[] children) =>
        [.. MissingMeetingOrder.Rank(children, c => c.Facts).Select(c => c.Name)];

    [Fact]
    public void AChildMissingNow_ComesBeforeAHighRiskChildWhoIsBack() =>
        Assert.Equal(["missing", "high"], Rank(("high", Facts(police: PoliceRiskLevel.High)), ("missing", Facts(missingNow: true))));

    [Fact]
    public void HighPoliceRisk_ComesBeforeMedium_AndMediumBeforeNotGraded() =>
        Assert.Equal(["high", "medium", "none"], Rank(("none", Facts(police: null)), ("medium", Facts()), ("high", Facts(police: PoliceRiskLevel.High))));

    [Fact]
    public void AtTheSamePoliceRisk_TheHigherExploitationCategory_ComesFirst_AndAnAssessedChildBeforeOneNotAssessed() =>
        Assert.Equal(["category4", "category2", "lowest", "none"], Rank(("none", Facts()), ("category2", Facts(exploitation: 1)), ("lowest", Facts(exploitation: 0)), ("category4", Facts(exploitation: 3))));

    [Fact]
    public void ThenRepeatMissing_TheMostEpisodesIn90DaysFirst()
    {
        Assert.Equal(["five", "three", "one"], Rank(("one", Facts()), ("three", Facts(in90Days: 3)), ("five", Facts(in90Days: 5))));
        Assert.True(Facts(in90Days: RepeatMissing.EpisodeCount).RepeatMissing);
        Assert.False(Facts(in90Days: RepeatMissing.EpisodeCount - 1).RepeatMissing);
    }

    [Fact]
    public void ThenTheMostEpisodesInThePeriod_ThenTheLongestMissing() =>
        Assert.Equal(["two", "long", "short"], Rank(("short", Facts(hours: 2)), ("long", Facts(hours: 30)), ("two", Facts(inPeriod: 2))));

    [Fact]
    public void ChildrenTheRulesDoNotTellApart_KeepTheirOrder() =>
        Assert.Equal(["b", "a", "c"], Rank(("b", Facts()), ("a", Facts()), ("c", Facts())));
}
