using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MissingChildren.Web.Infrastructure.Letters;

/// <summary>
/// Lays out the council's printed documents (letters, notifications) on A4 in Liberation Sans: lines and word-wrapped
/// paragraphs from the top margin down, onto a new page when one is full. The one place the PDF layout lives.
/// </summary>
internal sealed class PdfComposer : IDisposable
{
    private const double Margin = 56;

    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.WinAnsi);

    private readonly PdfDocument _document;
    private XGraphics _graphics;
    private double _y;
    private double _bottom;
    private bool _saved;

    public PdfComposer(string title, DateTimeOffset created)
    {
        _document = new PdfDocument();
        _document.Info.Title = title;
        _document.Info.CreationDate = created.UtcDateTime;
        _graphics = NewPage();
    }

    public static XFont Regular { get; } = new(LetterFontResolver.Family, 11, XFontStyleEx.Regular, Options);

    public static XFont Bold { get; } = new(LetterFontResolver.Family, 11, XFontStyleEx.Bold, Options);

    public static XFont Heading { get; } = new(LetterFontResolver.Family, 14, XFontStyleEx.Bold, Options);

    private double Width => _document.Pages[0].Width.Point - (2 * Margin);

    public void Space(double points) => _y += points;

    public void Line(string text, XFont font, double after = 0)
    {
        var height = font.Size * 1.4;
        if (_y + height > _bottom)
        {
            _graphics.Dispose();
            _graphics = NewPage();
        }

        _graphics.DrawString(text, font, XBrushes.Black, new XPoint(Margin, _y), XStringFormats.TopLeft);
        _y += height + after;
    }

    /// <summary>Each non-empty line of the text, as it is.</summary>
    public void Lines(string text, XFont font)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Line(line, font);
        }
    }

    /// <summary>The text word-wrapped to the page width, then a paragraph's space.</summary>
    public void Paragraph(string text, XFont font)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > Width)
            {
                Line(line, font);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            Line(line, font);
        }

        _y += font.Size * 0.8;
    }

    /// <summary>Paragraphs separated by blank lines; single line breaks inside one are kept as separate lines.</summary>
    public void Paragraphs(string text, XFont font)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var line in paragraph.Split('\n', StringSplitOptions.TrimEntries))
            {
                Paragraph(line, font);
                _y -= font.Size * 0.8;
            }

            _y += font.Size * 0.8;
        }
    }

    /// <summary>An image <paramref name="width"/> points wide (its height in proportion), onto a new page when it does not fit.</summary>
    public void Image(XImage image, double width)
    {
        ArgumentNullException.ThrowIfNull(image);
        var height = width * image.PixelHeight / Math.Max(1, image.PixelWidth);
        if (_y + height > _bottom)
        {
            _graphics.Dispose();
            _graphics = NewPage();
        }

        _graphics.DrawImage(image, Margin, _y, width, height);
        _y += height + 8;
    }

    public byte[] Save()
    {
        _graphics.Dispose();
        _saved = true;
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        if (!_saved)
        {
            _graphics.Dispose();
        }

        _document.Dispose();
    }

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _y = Margin;
        _bottom = page.Height.Point - Margin;
        return XGraphics.FromPdfPage(page);
    }
}
