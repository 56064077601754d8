using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The tabs of the case view (screens.md), as sub-paths of <c>/children/{id}</c>.</summary>
public static class CaseTabs
{
    public sealed record Tab(string Slug, string Title);

    public static IReadOnlyList<Tab> All { get; } =
    [
        new(CaseTab.Summary, "Summary"),
        new(CaseTab.Episodes, "Episodes"),
        new(CaseTab.ReturnInterviews, "Return interviews"),
        new(CaseTab.RiskAssessments, "Risk assessments"),
        new(CaseTab.Plans, "Plans"),
        new(CaseTab.MissingPersonProfile, "Missing person profile"),
        new(CaseTab.Meetings, "Meetings"),
        new(CaseTab.Notes, "Notes"),
        new(CaseTab.Involvements, "Involvements"),
        new(CaseTab.Documents, "Documents"),
        new(CaseTab.History, "History"),
    ];
}
