using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Returns;

namespace MissingChildren.Tests.Domain.Returns;

/// <summary>How an episode becomes a row of the 903 Missing table, the collection year, and Annex A's RHI columns.</summary>
public sealed class Ssda903MissingRowTests
{
    private static readonly DateOnly YearEnd = new(2026, 3, 31);

    [Fact]
    public void Of_WritesTheDfEsColumns_DatesAsDayMonthYear()
    {
        var row = Ssda903MissingRow.Of(Guid.NewGuid(), Guid.NewGuid(), "P123", new DateOnly(2011, 4, 7), EpisodeCategory.Absent,
            new DateOnly(2025, 6, 9), new DateOnly(2025, 6, 10), YearEnd);

        Assert.Equal(("P123", "07/04/2011", "A", "09/06/2025", "10/06/2025"), (row.Child, row.Dob, row.Missing, row.MisStart, row.MisEnd));
    }

    [Fact]
    public void Of_AChildStillMissing_OrFoundAfterTheYear_HasAnEmptyEnd()
    {
        var open = Ssda903MissingRow.Of(Guid.NewGuid(), Guid.NewGuid(), "P1", null, EpisodeCategory.Missing, new DateOnly(2026, 3, 30), null, YearEnd);
        var foundLater = Ssda903MissingRow.Of(Guid.NewGuid(), Guid.NewGuid(), "P1", null, EpisodeCategory.Missing, new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 1), YearEnd);

        Assert.Equal(("M", "", ""), (open.Missing, open.Dob, open.MisEnd));
        Assert.Equal("", foundLater.MisEnd);
    }

    [Theory]
    [InlineData("2025-03-20", "2025-03-31", false)]
    [InlineData("2025-03-20", "2025-04-01", true)]
    [InlineData("2025-03-20", null, true)]
    [InlineData("2026-03-31", null, true)]
    [InlineData("2026-04-01", null, false)]
    public void InPeriod_AnEpisodeOpenAtAnyTimeInTheYear(string start, string? found, bool expected) =>
        Assert.Equal(expected, Ssda903MissingRow.InPeriod(Day(start), found is null ? null : Day(found), new DateOnly(2025, 4, 1), YearEnd));

    [Theory]
    [InlineData("2026-11-20", 2026)]
    [InlineData("2026-04-01", 2026)]
    [InlineData("2026-03-31", 2025)]
    public void LatestComplete_IsTheLastYearToHaveEnded(string today, int endYear)
    {
        var year = CollectionYear.LatestComplete(Day(today));

        Assert.Equal(endYear, year.EndYear);
        Assert.Equal((new DateOnly(endYear - 1, 4, 1), new DateOnly(endYear, 3, 31)), (year.Start, year.End));
        Assert.Equal(year, CollectionYear.Exactly(year.Start, year.End));
    }

    [Fact]
    public void Exactly_AnotherPeriod_IsNoCollectionYear() =>
        Assert.Null(CollectionYear.Exactly(new DateOnly(2025, 4, 1), new DateOnly(2025, 12, 31)));

    [Theory]
    [InlineData(false, null, null, false, null, null)]
    [InlineData(true, null, null, false, "No", null)]
    [InlineData(true, RhiStatus.Allocated, null, false, "No", null)]
    [InlineData(true, RhiStatus.Offered, null, false, "Yes", null)]
    [InlineData(true, RhiStatus.Completed, null, false, "Yes", "Yes")]
    [InlineData(true, RhiStatus.Authorised, RhiStatus.Declined, false, "Yes", "No")]
    [InlineData(true, RhiStatus.AwaitingAuthorisation, RhiStatus.Completed, false, "Yes", "Yes")]
    [InlineData(true, RhiStatus.NoContact, null, true, "Yes", "No")]
    [InlineData(true, RhiStatus.NoContact, null, false, "No", null)]
    public void AfterLatest_AnswersAnnexAsTwoQuestions(bool returned, RhiStatus? rhi, RhiStatus? concludedAs, bool letter, string? offered, string? accepted) =>
        Assert.Equal((offered, accepted), AnnexAMissing.AfterLatest(new AnnexAMissing.LatestMissing(returned, rhi, concludedAs, letter)));

    [Fact]
    public void AfterLatest_NoMissingEpisode_AsksNothing() => Assert.Equal((null, null), AnnexAMissing.AfterLatest(null));

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
