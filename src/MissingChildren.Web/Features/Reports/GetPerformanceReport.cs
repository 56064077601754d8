using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Oversight;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Oversight;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// R37 (002 §3): the performance standards by month for a period, for the children of the teams the reader oversees
/// (or one of them): each month's eligible returns, offered in time, accepted interviews held in time and refusals,
/// against the profile's targets, with the returns behind the figures.
/// </summary>
public static class GetPerformanceReport
{
    public sealed record Query(ReportCriteria Criteria) : IQuery<Result>, IReportQuery;

    public sealed class Validator : ReportCriteriaValidator<Query>
    {
        public Validator(OversightScope scope)
            : base(scope)
        {
        }
    }

    /// <param name="Months">Every month the period touches, in order.</param>
    /// <param name="Period">The whole period's figures.</param>
    /// <param name="Returns">The eligible returns behind the figures, oldest first.</param>
    /// <param name="Standards">The profile's standards, with which measures apply.</param>
    /// <param name="Profile">The profile's name, for the page's words.</param>
    public sealed record Result(
        IReadOnlyList<MonthPerformance> Months, MonthPerformance Period, IReadOnlyList<PerformanceReturns.Return> Returns, PerformanceStandards Standards, string Profile);

    public sealed class Handler(AppDbContext db, OversightScope scope, PolicyProfile profile, WorkingCalendar calendar, TimeProvider clock)
        : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var criteria = query.Criteria;
            var reach = await scope.ReachAsync(cancellationToken);
            var standards = new PerformanceStandards(profile, calendar);
            var (start, end) = criteria.Instants(Infrastructure.Web.DeadlineText.UkTime);
            var returns = await PerformanceReturns.ReadAsync(db, standards, reach.For(criteria.Team), start, end, clock.GetUtcNow(), cancellationToken);
            var assessments = returns.Select(r => r.Assessment).ToList();
            return new Result(
                standards.ByMonth(assessments, criteria.From, criteria.To),
                standards.Summarise(new DateOnly(criteria.From.Year, criteria.From.Month, 1), assessments),
                returns,
                standards,
                profile.DisplayName);
        }
    }
}
