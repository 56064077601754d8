using Mediator;
using MissingChildren.Web.Features.Reports;

namespace MissingChildren.Web.Pages.Reports;

/// <summary><c>/reports/daily-missing</c>: R36, every child missing in the period or still missing, with the police's risk and the recommended actions.</summary>
public sealed class DailyMissingModel(ReportServices services, ISender sender) : ReportPageModel(services)
{
    protected override string Slug => ReportCatalog.DailyMissing;

    /// <summary>Yesterday and today: the last 24 hours whenever the report is read (003 "Daily Missing Report").</summary>
    protected override (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today) => (today.AddDays(-1), today);

    protected override async Task<IReadOnlyList<ReportTable>> ReadAsync(ReportCriteria criteria, CancellationToken cancellationToken) =>
        await sender.Send(new GetDailyMissing.Query(criteria), cancellationToken);
}
