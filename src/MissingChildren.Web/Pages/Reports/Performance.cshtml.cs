using Mediator;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Pages.Reports;

/// <summary>
/// <c>/reports/performance</c>: the performance standards (R37) by month, against the profile's targets, with their trends
/// as charts and the returns behind every figure. By default the last 12 complete months and this month.
/// </summary>
public sealed class PerformanceModel(ReportServices services, ISender sender) : ReportPageModel(services)
{
    public GetPerformanceReport.Result? Result { get; private set; }

    protected override string Slug => ReportCatalog.Performance;

    protected override (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today) => (new DateOnly(today.Year, today.Month, 1).AddMonths(-12), today);

    protected override async Task<IReadOnlyList<ReportTable>> ReadAsync(ReportCriteria criteria, CancellationToken cancellationToken)
    {
        Result = await sender.Send(new GetPerformanceReport.Query(criteria), cancellationToken);
        return PerformanceTables.From(Result);
    }

    /// <summary>This report for one month of the period (the figures' link to the returns behind them).</summary>
    public string MonthLink(DateOnly month)
    {
        var last = month.AddMonths(1).AddDays(-1);
        return Links.Report(ReportCatalog.Performance, month, Criteria is { } c && last > c.To ? c.To : last, Criteria?.Team);
    }
}
