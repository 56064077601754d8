using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Oversight;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// The dashboard's performance section (R37): this month so far against the profile's targets, and the trend over the
/// last 12 months (this one included), for the children of every team the reader oversees (<see cref="OversightScope"/>).
/// </summary>
public static class GetPerformanceSummary
{
    public sealed record Query : IQuery<Result>;

    /// <param name="ThisMonth">The current month so far.</param>
    /// <param name="Trend">The 12 months ending with this one, oldest first.</param>
    /// <param name="Today">Today in UK time: this month's report runs to it.</param>
    public sealed record Result(MonthPerformance ThisMonth, IReadOnlyList<MonthPerformance> Trend, PerformanceStandards Standards, string Profile, DateOnly Today);

    /// <summary>The months the trend shows.</summary>
    public const int TrendMonths = 12;

    public sealed class Handler(AppDbContext db, OversightScope scope, PolicyProfile profile, WorkingCalendar calendar, TimeProvider clock)
        : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var today = calendar.LocalDate(now);
            var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - TrendMonths);
            var (start, end) = new ReportCriteria(from, today).Instants(DeadlineText.UkTime);
            var reach = await scope.ReachAsync(cancellationToken);
            var standards = new PerformanceStandards(profile, calendar);
            var returns = await PerformanceReturns.ReadAsync(db, standards, reach.TeamIds, start, end, now, cancellationToken);
            var months = standards.ByMonth(returns.Select(r => r.Assessment), from, today);
            return new Result(months[^1], months, standards, profile.DisplayName, today);
        }
    }
}
