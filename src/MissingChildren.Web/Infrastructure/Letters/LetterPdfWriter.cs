using MissingChildren.Web.Domain.ReturnInterviews;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace MissingChildren.Web.Infrastructure.Letters;

/// <summary>
/// The printable RHI offer letter (R20) as a PDF, laid out as the printable page: A4, Liberation Sans.
/// </summary>
/// <remarks>PDFsharp 6.2.4 (MIT). PDFsharp has no system fonts on Linux: the letter font comes from <c>Letters:FontDirectory</c>.</remarks>
public sealed class LetterPdfWriter
{
    public const string DefaultFontDirectory = "/usr/share/fonts/truetype/liberation";

    private static readonly Lock FontLock = new();

    public LetterPdfWriter(IConfiguration configuration)
    {
        var directory = configuration["Letters:FontDirectory"] is { Length: > 0 } configured ? configured : DefaultFontDirectory;
        lock (FontLock)
        {
            // PDFsharp's resolver is process-wide and fixed once used; the first writer sets it.
            GlobalFontSettings.FontResolver ??= new LetterFontResolver(directory);
        }
    }

    public byte[] Write(RhiLetter letter, DateTimeOffset localDate)
    {
        var document = new PdfDocument();
        document.Info.Title = "Return home interview letter";
        document.Info.CreationDate = localDate.UtcDateTime;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        var options = new XPdfFontOptions(PdfFontEncoding.WinAnsi);
        var regular = new XFont(LetterFontResolver.Family, 11, XFontStyleEx.Regular, options);
        var bold = new XFont(LetterFontResolver.Family, 14, XFontStyleEx.Bold, options);
        const double margin = 56;
        var width = page.Width.Point - (2 * margin);

        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var y = margin;
            void Line(string text, XFont font, double after = 0)
            {
                graphics.DrawString(text, font, XBrushes.Black, new XPoint(margin, y), XStringFormats.TopLeft);
                y += font.Size * 1.4 + after;
            }

            void Paragraph(string text, XFont font)
            {
                var line = "";
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
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

                y += font.Size * 0.8;
            }

            Line(letter.ServiceName, bold, 8);
            Line(localDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), regular, 8);
            foreach (var addressLine in letter.AddressedTo.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Line(addressLine, regular);
            }

            y += 12;
            Line(letter.Salutation, regular, 6);
            foreach (var paragraph in letter.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Paragraph(paragraph, regular);
            }

            y += 6;
            Line("Yours sincerely", regular, 18);
            Line(letter.SignedBy, regular);
            Line(letter.ServiceName, regular);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
