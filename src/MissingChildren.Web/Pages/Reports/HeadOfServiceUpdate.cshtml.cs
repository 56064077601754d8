using Mediator;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Features.Reports;

namespace MissingChildren.Web.Pages.Reports;

/// <summary>R35 (001 §5.2): the Head of Service update, one row a child, on screen, as CSV and .xlsx, and printable.</summary>
public sealed class HeadOfServiceUpdateModel(ReportServices services, ISender mediator) : ReportPageModel(services)
{
    protected override string Slug => ReportCatalog.HeadOfServiceUpdate;

    /// <summary>A daily update: the children missing now, and those missing or returned since yesterday.</summary>
    protected override (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today) => (today.AddDays(-1), today);

    protected override async Task<IReadOnlyList<ReportTable>> ReadAsync(ReportCriteria criteria, CancellationToken cancellationToken) =>
        await mediator.Send(new GetHeadOfServiceUpdate.Query(criteria), cancellationToken);
}
