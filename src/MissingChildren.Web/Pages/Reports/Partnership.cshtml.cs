using Mediator;
using MissingChildren.Web.Features.Reports;

namespace MissingChildren.Web.Pages.Reports;

/// <summary>
/// <c>/reports/partnership</c>: the quarterly partnership report (R38): the period's counts, by involvement, age band
/// and gender, the trend over four quarters as charts with their tables, and the children behind the counts. By default
/// the last complete quarter.
/// </summary>
public sealed class PartnershipModel(ReportServices services, ISender sender) : ReportPageModel(services)
{
    public GetPartnershipReport.Result? Result { get; private set; }

    protected override string Slug => ReportCatalog.Partnership;

    protected override (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today)
    {
        var quarter = GetPartnershipReport.QuarterOf(today).AddMonths(-3);
        return (quarter, quarter.AddMonths(3).AddDays(-1));
    }

    protected override async Task<IReadOnlyList<ReportTable>> ReadAsync(ReportCriteria criteria, CancellationToken cancellationToken)
    {
        Result = await sender.Send(new GetPartnershipReport.Query(criteria), cancellationToken);
        return PartnershipTables.From(Result);
    }
}
