using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// The oversight dashboard's headline figures for what the signed-in manager oversees (<see cref="OversightScope"/>), or
/// for one team of theirs: children missing now, returned in the last 72 hours, overdue and escalated duties, repeat
/// missing children, and other authorities' children placed here who are missing. Each is a link to the children behind it.
/// </summary>
public static class GetOversight
{
    /// <param name="Team">One team the person oversees; null for all of them.</param>
    public sealed record Query(Guid? Team) : IQuery<Result>;

    /// <param name="Scope">What is counted, in words: a team's name, "your team" or "the service".</param>
    public sealed record Result(string Scope, Guid? Team, IReadOnlyList<OversightScope.TeamChoice> Teams, bool WholeService, DateTimeOffset Now, Figures Figures);

    /// <summary>Children for the episode figures; duties for <see cref="Overdue"/> and <see cref="Escalated"/>.</summary>
    public sealed record Figures(int MissingNow, int Returned, int Overdue, int Escalated, int RepeatMissing, int PlacedHereMissing)
    {
        public int this[OversightSet set] => set switch
        {
            OversightSet.MissingNow => MissingNow,
            OversightSet.Returned => Returned,
            OversightSet.Overdue => Overdue,
            OversightSet.Escalated => Escalated,
            OversightSet.RepeatMissing => RepeatMissing,
            OversightSet.PlacedHereMissing => PlacedHereMissing,
            _ => throw new ArgumentOutOfRangeException(nameof(set), set, null),
        };
    }

    public sealed class Handler(OversightFilters filters) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var (filter, reach) = await filters.ForAsync(query.Team, cancellationToken);
            var figures = new Figures(
                await filter.MissingNow.Select(e => e.ChildId).Distinct().CountAsync(cancellationToken),
                await filter.Returned.Select(e => e.ChildId).Distinct().CountAsync(cancellationToken),
                await filter.Overdue.CountAsync(cancellationToken),
                await filter.Escalated.CountAsync(cancellationToken),
                await filter.RepeatMissing.CountAsync(cancellationToken),
                await filter.PlacedHereMissing.Select(e => e.ChildId).Distinct().CountAsync(cancellationToken));
            var scope = OversightFilters.Describe(reach, query.Team);
            return new Result(scope, query.Team, reach.Teams, reach.WholeService, filter.Now, figures);
        }
    }
}
