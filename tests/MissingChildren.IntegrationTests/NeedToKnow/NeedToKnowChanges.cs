using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.IntegrationTests.NeedToKnow;

/// <summary>The changes to a child's record made through the case view's forms, each with the part it changes and how to tell it was saved.</summary>
public static class NeedToKnowChanges
{
    /// <param name="Form">The form's address.</param>
    /// <param name="Fields">What is typed, carrying a marker that only this change's row uses.</param>
    /// <param name="Saved">Whether the change carrying the marker was saved.</param>
    public sealed record Change(
        RecordPart Part,
        Func<Guid, string> Form,
        Func<NeedToKnowScenario, string, Dictionary<string, string?>>? Fields = null,
        Func<AppDbContext, Guid, string, Task<bool>>? Saved = null);

    public static IReadOnlyDictionary<string, Change> All { get; } = new Dictionary<string, Change>
    {
        ["case note"] = new(
            RecordPart.CaseNotes, Links.AddNote,
            (_, marker) => new() { ["NoteTitle"] = marker, ["Text"] = "Seen at home." },
            (db, child, marker) => db.CaseNotes.AnyAsync(n => n.ChildId == child && n.Title == marker)),
        ["social worker contact"] = new(
            RecordPart.CaseNotes, Links.RecordSocialWorkerContact,
            (s, marker) => new(s.JustNow("ContactAt")) { ["Summary"] = marker },
            (db, child, marker) => db.CaseNotes.AnyAsync(n => n.ChildId == child && n.Text == marker)),
        ["meeting"] = new(
            RecordPart.Meetings, Links.RecordMeeting,
            (s, marker) => new(s.JustNow("HeldAt")) { ["Type"] = "ProfessionalsMeeting", ["Attendees"] = marker, ["RiskFactors"] = "None new.", ["Actions"] = "Review in a week." },
            (db, child, marker) => db.Meetings.AnyAsync(m => m.ChildId == child && m.Attendees == marker)),
        ["trigger plan"] = new(
            RecordPart.Plans, child => Links.Plan(child, "trigger-plan"),
            (_, marker) => Plan(marker),
            (db, child, marker) => db.Plans.AnyAsync(p => p.ChildId == child && p.Background == marker)),
        ["prevention plan"] = new(
            RecordPart.PreventionPlan, child => Links.Plan(child, "prevention-plan"),
            (_, marker) => Plan(marker),
            (db, child, marker) => db.Plans.AnyAsync(p => p.ChildId == child && p.Background == marker)),
        ["risk assessment"] = new(RecordPart.RiskAssessments, Links.NewRiskAssessment),
        ["found or returned"] = new(RecordPart.Episodes, Links.RecordFound),
    };

    public static Dictionary<string, string?> Plan(string background) => new()
    {
        ["Background"] = background,
        ["IfMissing"] = "Ring her grandmother, then report missing.",
        ["PoliceActions"] = "Speak slowly and give her time.",
        ["FrequentedPlaces"] = "Weston bus station",
        ["LinesOfEnquiry"] = "Check 12 High Street first",
        ["KnownAssociates"] = "Amy, 14, High Street",
        ["FamilyMembers"] = "Grandmother, Clevedon",
        ["Professionals"] = "Sam Social Worker, 01234 567890",
    };
}
