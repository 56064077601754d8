using System.Globalization;
using MissingChildren.Web.Features.MissingPersonProfiles;
using MissingChildren.Web.Infrastructure.Web;
using PdfSharp.Drawing;

namespace MissingChildren.Web.Infrastructure.Letters;

/// <summary>The missing person profile (Philomena Protocol) as a PDF for the police, with its photo, in the council's document layout (<see cref="PdfComposer"/>).</summary>
internal static class ProfilePdfWriter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Write(GetMissingPersonProfile.Result p, byte[]? photo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(p);
        using var pdf = new PdfComposer($"Missing person profile {p.ChildLocalId}", TimeZoneInfo.ConvertTime(now, DeadlineText.UkTime));
        pdf.Line("CONFIDENTIAL", PdfComposer.Bold, 6);
        pdf.Line($"Missing person profile: {p.ChildName}", PdfComposer.Heading, 4);
        pdf.Line($"Local ID {p.ChildLocalId}; born {(p.DateOfBirth is { } d ? d.ToString("d MMMM yyyy", English) : "not known")}", PdfComposer.Regular);
        pdf.Line($"Version {p.VersionNumber}, saved {DeadlineText.Local(p.SavedAt)} by {p.SavedBy}", PdfComposer.Regular, 8);
        if (photo is not null)
        {
            using var stream = new MemoryStream(photo);
            using var image = XImage.FromStream(stream);
            pdf.Image(image, 160);
        }

        Section(pdf, "While missing",
            ("Last seen where", p.LastSeenWhere), ("Last seen when", p.LastSeenAt is { } seen ? DeadlineText.Local(seen) : null),
            ("Last seen with", p.LastSeenWith), ("Clothing", p.Clothing), ("Circumstances reported", p.MissingCircumstances));
        Section(pdf, "Description",
            ("Height", p.Height), ("Build", p.Build), ("Hair", p.Hair), ("Eyes", p.Eyes), ("Ethnicity (as described)", p.Ethnicity),
            ("Identifying features", p.IdentifyingFeatures));
        Section(pdf, "People, places and contact",
            ("Associates", p.Associates), ("Places frequented", p.PlacesFrequented), ("Phone numbers", p.PhoneNumbers), ("Social media", p.SocialMedia));
        Section(pdf, "Medical needs", ("Medication", p.Medication), ("Medical conditions", p.MedicalConditions));
        return pdf.Save();
    }

    private static void Section(PdfComposer pdf, string heading, params (string Label, string? Text)[] rows)
    {
        pdf.Line(heading, PdfComposer.Heading, 4);
        foreach (var (label, text) in rows)
        {
            pdf.Line(label, PdfComposer.Bold);
            pdf.Paragraphs(string.IsNullOrWhiteSpace(text) ? "None recorded" : text, PdfComposer.Regular);
        }
    }
}
