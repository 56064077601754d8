using Mediator;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>R35 (001 §5.2): the Head of Service update report for a period and team (<see cref="HeadOfServiceUpdate"/>), scoped to what the reader oversees.</summary>
public static class GetHeadOfServiceUpdate
{
    public sealed record Query(ReportCriteria Criteria) : IQuery<IReadOnlyList<ReportTable>>, IReportQuery;

    public sealed class Validator(OversightScope scope) : ReportCriteriaValidator<Query>(scope);

    public sealed class Handler(HeadOfServiceUpdate update, OversightScope scope, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<ReportTable>>
    {
        public async ValueTask<IReadOnlyList<ReportTable>> Handle(Query query, CancellationToken cancellationToken)
        {
            var reach = await scope.ReachAsync(cancellationToken);
            var (start, end) = query.Criteria.Instants(DeadlineText.UkTime);
            var rows = await update.ReadAsync(reach.For(query.Criteria.Team), start, end, clock.GetUtcNow(), cancellationToken);
            return [HeadOfServiceUpdate.Table(rows)];
        }
    }
}
