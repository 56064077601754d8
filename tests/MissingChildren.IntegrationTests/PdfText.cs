using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf.IO;

namespace MissingChildren.IntegrationTests;

/// <summary>The text a generated PDF shows, read from its content streams (the documents are written in WinAnsi strings).</summary>
internal static partial class PdfText
{
    public static string Read(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var content = Encoding.Latin1.GetString(page.Contents.CreateSingleContent().Stream.UnfilteredValue);
            foreach (Match match in ShownText().Matches(content))
            {
                text.Append(match.Groups[1].Value.Replace("\\(", "(", StringComparison.Ordinal).Replace("\\)", ")", StringComparison.Ordinal)).Append(' ');
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\(((?:[^()\\]|\\.)*)\)\s*Tj")]
    private static partial Regex ShownText();
}
