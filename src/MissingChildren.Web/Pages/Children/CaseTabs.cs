using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The tabs of the case view (screens.md), as sub-paths of <c>/children/{id}</c>, each showing one part of the record.</summary>
public static class CaseTabs
{
    public sealed record Tab(string Slug, string Title, RecordPart Part);

    public static IReadOnlyList<Tab> All { get; } =
    [
        new(CaseTab.Summary, "Summary", RecordPart.Identity),
        new(CaseTab.Episodes, "Episodes", RecordPart.Episodes),
        new(CaseTab.ReturnInterviews, "Return interviews", RecordPart.ReturnInterviews),
        new(CaseTab.RiskAssessments, "Risk assessments", RecordPart.RiskAssessments),
        new(CaseTab.Plans, "Plans", RecordPart.Plans),
        new(CaseTab.MissingPersonProfile, "Missing person profile", RecordPart.MissingPersonProfile),
        new(CaseTab.Meetings, "Meetings", RecordPart.Meetings),
        new(CaseTab.Notes, "Notes", RecordPart.CaseNotes),
        new(CaseTab.Involvements, "Involvements", RecordPart.Involvements),
        new(CaseTab.Documents, "Documents", RecordPart.Documents),
        new(CaseTab.History, "History", RecordPart.History),
    ];

    /// <summary>The tabs the person may read (<see cref="NeedToKnow"/>): the only ones linked.</summary>
    public static IEnumerable<Tab> Readable(CaseParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return All.Where(t => parts.MayRead(t.Part));
    }
}
