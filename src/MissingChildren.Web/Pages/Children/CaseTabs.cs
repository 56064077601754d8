namespace MissingChildren.Web.Pages.Children;

/// <summary>The tabs of the case view (screens.md), as sub-paths of <c>/children/{id}</c>.</summary>
public static class CaseTabs
{
    public sealed record Tab(string Slug, string Title);

    public static IReadOnlyList<Tab> All { get; } =
    [
        new("", "Summary"),
        new("episodes", "Episodes"),
        new("return-interviews", "Return interviews"),
        new("risk-assessments", "Risk assessments"),
        new("plans", "Plans"),
        new("meetings", "Meetings"),
        new("notes", "Notes"),
        new("involvements", "Involvements"),
        new("documents", "Documents"),
        new("history", "History"),
    ];
}
