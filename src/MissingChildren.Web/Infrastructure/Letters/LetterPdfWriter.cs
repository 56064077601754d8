using System.Globalization;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.ReturnInterviews;
using PdfSharp.Fonts;

namespace MissingChildren.Web.Infrastructure.Letters;

/// <summary>
/// The council's printed documents as PDFs, laid out as their printable pages: A4, Liberation Sans
/// (<see cref="PdfComposer"/>). The RHI offer letter (R20), the Director letter (R9) and the Serious Incident
/// Notification (R31).
/// </summary>
/// <remarks>PDFsharp 6.2.4 (MIT). PDFsharp has no system fonts on Linux: the letter font comes from <c>Letters:FontDirectory</c>.</remarks>
public sealed class LetterPdfWriter
{
    public const string DefaultFontDirectory = "/usr/share/fonts/truetype/liberation";

    private static readonly Lock FontLock = new();

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public LetterPdfWriter(IConfiguration configuration)
    {
        var directory = configuration["Letters:FontDirectory"] is { Length: > 0 } configured ? configured : DefaultFontDirectory;
        lock (FontLock)
        {
            // PDFsharp's resolver is process-wide and fixed once used; the first writer sets it.
            GlobalFontSettings.FontResolver ??= new LetterFontResolver(directory);
        }
    }

    /// <summary>A child's missing person profile for the police, with its photo (<see cref="ProfilePdfWriter"/>).</summary>
    public byte[] Write(Features.MissingPersonProfiles.GetMissingPersonProfile.Result profile, byte[]? photo, DateTimeOffset now) =>
        ProfilePdfWriter.Write(profile, photo, now);

    public byte[] Write(RhiLetter letter, DateTimeOffset localDate)
    {
        using var pdf = new PdfComposer("Return home interview letter", localDate);
        pdf.Line(letter.ServiceName, PdfComposer.Heading, 8);
        pdf.Line(localDate.ToString("d MMMM yyyy", English), PdfComposer.Regular, 8);
        pdf.Lines(letter.AddressedTo, PdfComposer.Regular);
        pdf.Space(12);
        pdf.Line(letter.Salutation, PdfComposer.Regular, 6);
        foreach (var paragraph in letter.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            pdf.Paragraph(paragraph, PdfComposer.Regular);
        }

        pdf.Space(6);
        pdf.Line("Yours sincerely", PdfComposer.Regular, 18);
        pdf.Line(letter.SignedBy, PdfComposer.Regular);
        pdf.Line(letter.ServiceName, PdfComposer.Regular);
        return pdf.Save();
    }

    /// <summary>
    /// A Director letter (R9) or Serious Incident Notification (R31) as filed on the child's record.
    /// <paramref name="signedAtLocal"/> is the signing or sending time in UK local time.
    /// </summary>
    public byte[] Write(FiledDocument document, DateTimeOffset signedAtLocal)
    {
        using var pdf = new PdfComposer(document.Title, signedAtLocal);
        pdf.Line(document.From, PdfComposer.Heading, 8);
        pdf.Line(signedAtLocal.ToString("d MMMM yyyy", English), PdfComposer.Regular, 8);
        pdf.Lines(document.AddressedTo, PdfComposer.Regular);
        pdf.Space(12);
        pdf.Line(document.Title, PdfComposer.Heading, 6);
        pdf.Line($"Child: {document.ChildName} ({document.ChildLocalId})", PdfComposer.Bold, 10);
        pdf.Paragraphs(document.Facts, PdfComposer.Regular);
        pdf.Line(document.Kind == DocumentKind.DirectorLetter ? "Our concerns" : "Summary of the incident", PdfComposer.Bold, 4);
        pdf.Paragraphs(document.Summary, PdfComposer.Regular);
        pdf.Line("Actions taken and planned", PdfComposer.Bold, 4);
        pdf.Paragraphs(document.Actions, PdfComposer.Regular);
        pdf.Space(6);
        if (document.Kind == DocumentKind.DirectorLetter)
        {
            pdf.Line("Yours sincerely", PdfComposer.Regular, 18);
            pdf.Line(document.SignedBy, PdfComposer.Regular);
            pdf.Line(document.SignedAs, PdfComposer.Regular);
            pdf.Line($"Signed {signedAtLocal.ToString("d MMMM yyyy 'at' HH:mm", English)}", PdfComposer.Regular);
        }
        else
        {
            pdf.Line($"Sent by {document.SignedBy}, {document.SignedAs}", PdfComposer.Regular);
            pdf.Line($"Sent to {document.SentTo}, Assistant Director of Children's Services", PdfComposer.Regular);
            pdf.Line($"Sent {signedAtLocal.ToString("d MMMM yyyy 'at' HH:mm", English)}", PdfComposer.Regular);
        }

        return pdf.Save();
    }
}
