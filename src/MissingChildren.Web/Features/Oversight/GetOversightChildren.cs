using Mediator;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// The children behind one figure of the oversight dashboard (<see cref="OversightFilter.ChildIds"/>, the query the figure
/// counts), by name, a page at a time; for a duty figure, narrowed to one type of duty and the team holding it.
/// </summary>
public static class GetOversightChildren
{
    public sealed record Query(OversightSet Set, Guid? Team, DutyFilter Duties, int Page) : IQuery<Result>;

    /// <param name="Holder">A duty figure's holding team, by name, when narrowed to one.</param>
    public sealed record Result(string Scope, string? Holder, PageOf<Row> Children);

    public sealed record Row(Guid ChildId, string ChildName, string LocalId, DateOnly? DateOfBirth, string? Team);

    public sealed class Handler(AppDbContext db, OversightFilters filters) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var (filter, reach) = await filters.ForAsync(query.Team, cancellationToken);
            var ids = filter.ChildIds(query.Set, query.Duties);
            var children = db.Children.AsNoTracking().Where(c => ids.Contains(c.Id));
            var total = await children.CountAsync(cancellationToken);
            var rows = await children
                .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
                .Skip((query.Page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .Select(c => new
                {
                    c.Id, c.FirstName, c.LastName, c.LocalId, c.DateOfBirth,
                    Team = db.Teams.Where(t => t.Id == c.AllocatedTeamId).Select(t => t.Name).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var holder = query.Duties.Team is { } holding
                ? await db.Teams.Where(t => t.Id == holding).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? throw new RecordNotFoundException("There is no such team.")
                : query.Duties.NoTeam ? "no team" : null;
            return new Result(OversightFilters.Describe(reach, query.Team), holder, new PageOf<Row>(
                [.. rows.Select(r => new Row(r.Id, $"{r.FirstName} {r.LastName}", r.LocalId, r.DateOfBirth, r.Team))], query.Page, Paging.DefaultSize, total));
        }
    }
}
