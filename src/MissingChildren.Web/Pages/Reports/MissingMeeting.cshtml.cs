using Mediator;
using MissingChildren.Web.Features.Reports;

namespace MissingChildren.Web.Pages.Reports;

/// <summary><c>/reports/missing-meeting</c>: R38, the children the weekly or fortnightly missing meeting discusses, highest risk first.</summary>
public sealed class MissingMeetingModel(ReportServices services, ISender sender) : ReportPageModel(services)
{
    protected override string Slug => ReportCatalog.MissingMeeting;

    /// <summary>The last seven days, today included: the week since the last weekly meeting (001 §4.4).</summary>
    protected override (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today) => (today.AddDays(-6), today);

    protected override async Task<IReadOnlyList<ReportTable>> ReadAsync(ReportCriteria criteria, CancellationToken cancellationToken) =>
        await sender.Send(new GetMissingMeeting.Query(criteria), cancellationToken);
}
