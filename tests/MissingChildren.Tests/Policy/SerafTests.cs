using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Policy;

public sealed class SerafTests
{
    private readonly SerafDefinition _seraf = PolicyProfileCatalog.Load("NorthSomerset").Seraf;

    [Fact]
    public void Seraf_HasTheItemsOf001Appendix2()
    {
        Assert.Equal("Child Sexual Exploitation Risk Assessment Form (SERAF)", _seraf.Title);
        Assert.Equal(11, _seraf.Vulnerabilities.Count);
        Assert.Equal(10, _seraf.ModerateIndicators.Count);
        Assert.Equal(9, _seraf.SignificantIndicators.Count);
        Assert.Equal("Emotional neglect by parent/carer/family member", _seraf.Vulnerabilities[0].Label);
        Assert.Equal("Living independently and failing to respond to attempts by worker to keep in touch", _seraf.ModerateIndicators[^1].Label);
        Assert.Contains(_seraf.SignificantIndicators, i => i.Label == "Older “boyfriend”/relationship with controlling adult");
        Assert.Equal("Please tick if present between 6 and 12 months ago", _seraf.SignificantIndicatorsRecentWindow);
    }

    [Theory]
    [MemberData(nameof(PolicyProfileCatalogTests.ProfileNames), MemberType = typeof(PolicyProfileCatalogTests))]
    public void Seraf_IsSharedByEveryProfileThroughTheBaseline(string name)
    {
        var seraf = PolicyProfileCatalog.Load(name).Seraf;

        Assert.Equal(_seraf.Vulnerabilities, seraf.Vulnerabilities);
        Assert.Equal(_seraf.ModerateIndicators, seraf.ModerateIndicators);
        Assert.Equal(_seraf.SignificantIndicators, seraf.SignificantIndicators);
        Assert.Equal(_seraf.Categories, seraf.Categories);
    }

    [Fact]
    public void Score_SumsTheWeightsOfTickedItems()
    {
        var answers = new SerafAnswers
        {
            Vulnerabilities = new HashSet<string> { "V1", "V4", "V8" },
            ModerateIndicators = new HashSet<string> { "M1", "M7" },
            SignificantRecent = new HashSet<string> { "S3" },
            SignificantCurrent = new HashSet<string> { "S3" },
        };

        // 3 + 2 + (1 + 5) for a significant indicator ticked in both windows.
        Assert.Equal(11, _seraf.Score(answers));
    }

    [Theory]
    [InlineData(0, "Category1")]
    [InlineData(5, "Category1")]
    [InlineData(6, "Category2")]
    [InlineData(10, "Category2")]
    [InlineData(11, "Category3")]
    [InlineData(15, "Category3")]
    [InlineData(16, "Category4")]
    [InlineData(60, "Category4")]
    public void SuggestCategory_UsesTheScoreBands(int score, string expected) =>
        Assert.Equal(expected, _seraf.SuggestCategory(score).Code);

    [Fact]
    public void Score_RejectsAnUnknownCode() =>
        Assert.Throws<ArgumentException>(() => _seraf.Score(new SerafAnswers { ModerateIndicators = new HashSet<string> { "V1" } }));
}
