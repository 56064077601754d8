using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MissingChildren.Web.Features.ReturnInterviews;
using Xunit;

namespace MissingChildren.Testing;

/// <summary>
/// No screen shows an internal code: every member name of every domain enum that a person could not read as words
/// (several words run together, <c>EarlyHelp</c>, <c>CeRiskAssessment</c>; or capitals, <c>CLA</c>, <c>CME</c>), and
/// the return interview forms' stored codes. <see cref="HtmlClient"/> checks every page a test reads, and the browser
/// suite every page it checks with axe.
/// </summary>
public static partial class PlainWords
{
    /// <summary>The codes no page may show.</summary>
    public static readonly IReadOnlySet<string> Codes =
        typeof(MissingChildren.Domain.Entity).Assembly.GetTypes().Where(t => t.IsEnum).SelectMany(Enum.GetNames)
            .Concat(new[] { RhiOptions.Methods, RhiOptions.Contacted, RhiOptions.Outcomes, RhiOptions.CeOutcomes }.SelectMany(o => o.Select(c => c.Code)))
            .Where(IsCode).ToHashSet(StringComparer.Ordinal);

    /// <summary>A name that is not one plain word: a capital after the first letter.</summary>
    public static bool IsCode(string name) => name.Length > 1 && name.Skip(1).Any(char.IsUpper);

    /// <summary>The first code in this text, with a little of the text around it, or null when it reads as words.</summary>
    public static string? FirstCodeIn(string text)
    {
        foreach (Match word in Word().Matches(text))
        {
            if (Codes.Contains(word.Value))
            {
                var from = Math.Max(0, word.Index - 60);
                var context = text.Substring(from, Math.Min(text.Length - from, word.Length + 120));
                return $"'{word.Value}' in \"{Regex.Replace(context, @"\s+", " ").Trim()}\"";
            }
        }

        return null;
    }

    /// <summary>Fails when the page's visible text (its title and body, not scripts) shows a code.</summary>
    public static void AssertReadable(string url, string visibleText)
    {
        if (FirstCodeIn(visibleText) is { } found)
        {
            Assert.Fail($"{url} shows an internal code instead of words: {found}. Give it words in Words (src/MissingChildren.Web/Infrastructure/Web/Words.cs) and show those.");
        }
    }

    /// <summary>The text a person sees or hears on an HTML page: the title and the body, without scripts and styles.</summary>
    public static string VisibleText(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new System.Text.StringBuilder(document.Title ?? "").Append('\n');
        if (document.Body is { } body)
        {
            // The body's text nodes, read in place (no copy of the page), leaving out what is inside scripts, styles and templates.
            foreach (var node in body.GetDescendants().OfType<IText>())
            {
                if (node.ParentElement is not { LocalName: "script" or "style" or "template" })
                {
                    text.Append(node.Data);
                }
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_])[A-Za-z]+(?![A-Za-z0-9_])")]
    private static partial Regex Word();
}
