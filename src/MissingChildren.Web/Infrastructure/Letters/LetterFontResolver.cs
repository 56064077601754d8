using PdfSharp.Fonts;

namespace MissingChildren.Web.Infrastructure.Letters;

/// <summary>
/// PDFsharp has no system fonts on Linux: letters are set in Liberation Sans, read from the configured folder
/// (<c>Letters:FontDirectory</c>, default the Debian fonts-liberation folder). A missing font is a clear error.
/// </summary>
public sealed class LetterFontResolver(string fontDirectory) : IFontResolver
{
    public const string Family = "Liberation Sans";

    private const string Regular = "LiberationSans-Regular";

    private const string Bold = "LiberationSans-Bold";

    public string FontDirectory => fontDirectory;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(fontDirectory, faceName + ".ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The letter font {faceName}.ttf was not found in '{fontDirectory}'. Install the fonts-liberation package or set Letters__FontDirectory to a folder holding LiberationSans-Regular.ttf and LiberationSans-Bold.ttf.",
                path);
        }

        return File.ReadAllBytes(path);
    }
}
