using MissingChildren.Domain.Duties;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// Every report of the service (screens.md "Reports"), in the order <c>/reports</c> lists them: each has its own page
/// under <c>/reports/</c> with its CSV and Excel downloads.
/// </summary>
public static class ReportCatalog
{
    /// <param name="Slug">The report's address under <c>/reports/</c>.</param>
    /// <param name="Rule">The rule of domain.md the report answers, or null for a statutory return.</param>
    public sealed record Entry(string Slug, string Title, string Description, string? Rule);

    public const string HeadOfServiceUpdate = "head-of-service-update";

    public const string DailyMissing = "daily-missing";

    public const string MissingMeeting = "missing-meeting";

    public const string Performance = "performance";

    public const string Partnership = "partnership";

    public const string Ssda903Missing = "ssda903-missing";

    public static IReadOnlyList<Entry> All { get; } =
    [
        new(HeadOfServiceUpdate, "Head of Service update",
            "One row a child: missing now or returned, episodes in six months, the return home interview, exploitation risk and next steps.",
            RuleIds.HeadOfServiceUpdate),
        new(DailyMissing, "Daily missing report",
            "Every child missing in the last 24 hours or still missing, with the police risk and the recommended actions.", RuleIds.DailyReport),
        new(MissingMeeting, "Missing meeting list",
            "The children to discuss at the weekly or fortnightly missing meeting, highest risk first.", RuleIds.PartnershipReport),
        new(Performance, "Performance standards",
            "Return home interviews offered within 72 hours, completed in time, and refused, month by month against the targets.",
            RuleIds.PerformanceStandards),
        new(Partnership, "Quarterly partnership report",
            "Counts, trends and charts for the partnership board.", RuleIds.PartnershipReport),
        new(Ssda903Missing, "SSDA903 missing table",
            "The looked-after children's missing and absent episodes for a collection year, checked against the DfE's validation rules, with Ofsted's Annex A list 8 figures.",
            null),
    ];

    public static Entry For(string slug) => All.Single(e => e.Slug == slug);
}
