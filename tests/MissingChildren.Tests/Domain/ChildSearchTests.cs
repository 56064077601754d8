using MissingChildren.Domain.Children;

namespace MissingChildren.Tests.Domain;

/// <summary>
/// Reading what a worker types in the search box (screens.md "Search"), and R1's strong and weak matches: a strong one
/// is linked in one click, a weak one compared first.
/// </summary>
public sealed class ChildSearchTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static CandidateChild Known(string first = "Jayden", string last = "Okafor", string localId = "P200") =>
        new(Guid.NewGuid(), localId, first, last, new DateOnly(2011, 4, 17), null);

    [Theory]
    [InlineData("17/4/2011")]
    [InlineData("17th April 2011")]
    [InlineData("17 Apr 2011")]
    [InlineData("2011-04-17")]
    [InlineData("17.04.11")]
    public void Parse_ADateOfBirthAsTyped_IsTheDate(string text)
    {
        var terms = ChildSearch.Parse(text, Today);

        Assert.Equal(new DateOnly(2011, 4, 17), terms.DateOfBirth);
        Assert.Empty(terms.Names);
        Assert.Null(terms.Identifier);
    }

    [Fact]
    public void Parse_ATwoDigitYear_IsNeverAfterToday()
    {
        Assert.Equal(new DateOnly(1930, 1, 2), ChildSearch.Parse("2/1/30", Today).DateOfBirth);
        Assert.Equal(new DateOnly(2026, 1, 2), ChildSearch.Parse("2/1/26", Today).DateOfBirth);
    }

    [Fact]
    public void Parse_NamesWithADateAndAnIdentifier_SeparatesThem()
    {
        var terms = ChildSearch.Parse("Zoë O'Neil 17 April 2011 pol-123", Today);

        Assert.Equal(["zoe", "oneil"], terms.Names);
        Assert.Equal(new DateOnly(2011, 4, 17), terms.DateOfBirth);
        Assert.Equal("POL-123", terms.Identifier);
    }

    [Theory]
    [InlineData("okafor", false)]
    [InlineData("oka", false)]
    [InlineData("okafer", true)]
    [InlineData("okfaor", true)]
    [InlineData("bill", false)]
    public void MatchNames_WholePartShortOrMisspelt_Matches(string searched, bool similar)
    {
        var match = ChildSearch.MatchNames([searched], searched == "bill" ? "William" : "Jayden", "Okafor");

        Assert.NotNull(match);
        Assert.Equal(similar, match.Similar);
    }

    [Fact]
    public void MatchNames_EveryNameMustMatch_AndAShortNameMayNotBeMisspelt()
    {
        Assert.Null(ChildSearch.MatchNames(["jayden", "smith"], "Jayden", "Okafor"));
        Assert.Null(ChildSearch.MatchNames(["jon"], "Jan", "Okafor"));
        Assert.Null(ChildSearch.MatchNames(["okxxer"], "Jayden", "Okafor"));
    }

    [Fact]
    public void Fragments_OneOfThemSurvivesTheMisspellingsAllowed()
    {
        foreach (var misspelt in new[] { "okafer", "okafr", "ookafor" })
        {
            Assert.Contains(ChildSearch.Fragments(misspelt), f => "okafor".Contains(f, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void IsStrong_SameLocalIdOrSameNameAndDateOfBirth_ButNotASimilarName()
    {
        Assert.True(ChildMatcher.Score(new ReportedChild("p200", null, null, null, null), Known()).IsStrong);
        Assert.True(ChildMatcher.Score(new ReportedChild(null, "Jayden", "Okafor", new DateOnly(2011, 4, 17), null), Known()).IsStrong);
        Assert.True(ChildMatcher.Score(new ReportedChild(null, "Okafor", "Jayden", new DateOnly(2011, 4, 17), null), Known()).IsStrong);
        Assert.False(ChildMatcher.Score(new ReportedChild(null, "Jayden", "Okafor", null, null), Known()).IsStrong);
        Assert.False(ChildMatcher.Score(new ReportedChild(null, "Jaiden", "Okafor", new DateOnly(2011, 4, 17), null), Known()).IsStrong);
    }
}
