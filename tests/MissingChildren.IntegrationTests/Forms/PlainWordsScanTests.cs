using AngleSharp.Html.Parser;

namespace MissingChildren.IntegrationTests.Forms;

/// <summary>The check every page read goes through: it finds a code a person would see, and only what a person sees.</summary>
public sealed class PlainWordsScanTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void ACodeInThePagesText_IsFound_WithWhereItIs()
    {
        var page = Parser.ParseDocument("<html><head><title>Tray</title></head><body><main><p>Open to: <strong>CLAOtherAuthority</strong></p></main></body></html>");

        var found = PlainWords.FirstCodeIn(PlainWords.VisibleText(page));

        Assert.NotNull(found);
        Assert.StartsWith("'CLAOtherAuthority' in", found, StringComparison.Ordinal);
    }

    [Fact]
    public void ACodeOnlyInAScriptOrStyle_IsNotSeen_AndWordsPass()
    {
        var page = Parser.ParseDocument(
            "<html><head><title>Tray</title></head><body><script>var k = 'CeRiskAssessment';</script><style>.EarlyHelp{}</style><p>Looked after by another authority</p></body></html>");

        Assert.Null(PlainWords.FirstCodeIn(PlainWords.VisibleText(page)));
    }
}
