using MissingChildren.Web.Infrastructure.Web.Charts;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// The partnership report's tables (R38): the period's counts (the CSV), then by involvement, age band and gender, the
/// trend over four quarters and the children behind the counts (sheets of the workbook), and its charts.
/// </summary>
public static class PartnershipTables
{
    public const string CountsName = "Counts";

    public const string TrendName = "Trend over four quarters";

    public const string ChildrenName = "Children missing or absent";

    public static IReadOnlyList<ReportTable> From(GetPartnershipReport.Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Period;
        ReportTable counts = new(CountsName, [new("Measure"), new("Figure")],
        [
            Row("Episodes", c.Episodes), Row("Children", c.Children), Row("Missing episodes", c.Missing), Row("Absent episodes", c.Absent),
            Row("Repeat missing children (3 or more episodes in 90 days)", c.RepeatChildren),
            Row("Return home interviews offered", c.Offered), Row("Return home interviews accepted", c.Accepted),
            Row("Return home interviews refused", c.Refused), Row("Exploitation concerns found at the CE screen", c.ExploitationConcerns),
        ]);
        return
        [
            counts,
            By("By involvement", "Involvement", result.Children, r => r.Involvement),
            By("By age band", "Age when the episode began", result.Children, r => r.AgeBand),
            By("By gender", "Gender", result.Children, r => r.Gender),
            new ReportTable(TrendName,
                [new("Quarter"), new("Episodes"), new("Children"), new("Missing"), new("Absent"), new("Repeat missing children"), new("Interviews offered")],
                [.. result.Trend.Select(q => new ReportRow([q.Name, q.Counts.Episodes, q.Counts.Children, q.Counts.Missing, q.Counts.Absent, q.Counts.RepeatChildren, q.Counts.Offered]))]),
            new ReportTable(ChildrenName,
                [new("Child", LinksToChild: true), new("Episodes"), new("Missing"), new("Absent"), new("Repeat missing"), new("Open to"), new("Age band"), new("Gender")],
                [.. result.Children.Select(r => new ReportRow([r.Name, r.Episodes, r.Missing, r.Absent, r.Repeat, r.Involvement, r.AgeBand, r.Gender], r.ChildId))]),
        ];
    }

    /// <summary>The trend's charts: episodes and children a quarter.</summary>
    public static IReadOnlyList<Chart> Charts(GetPartnershipReport.Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Chart Bars(string id, string title, string what, Func<GetPartnershipReport.Counts, int> figure) =>
            new(id, title, $"{what} in each of the four quarters to {PerformanceTables.MonthName(result.Trend[^1].First.AddMonths(2))}.", ChartKind.Bar,
                [.. result.Trend.Select(q => new ChartPoint(q.Name, q.Name, figure(q.Counts)))], what);
        return
        [
            Bars("partnership-episodes", "Episodes by quarter", "Missing and absent episodes that began", c => c.Episodes),
            Bars("partnership-children", "Children by quarter", "Children who went missing or were absent", c => c.Children),
            Bars("partnership-repeat", "Repeat missing children by quarter", "Children with 3 or more episodes in 90 days", c => c.RepeatChildren),
        ];
    }

    private static ReportRow Row(string measure, int figure) => new([measure, figure]);

    private static ReportTable By(string name, string heading, IReadOnlyList<GetPartnershipReport.ChildRow> children, Func<GetPartnershipReport.ChildRow, string> key) =>
        new(name, [new(heading), new("Children"), new("Episodes")],
            [.. children.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ReportRow([g.Key, g.Count(), g.Sum(r => r.Episodes)]))]);
}
