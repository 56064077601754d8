using Mediator;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// Repeat missing children a manager oversees: 3 or more episodes beginning in the 90 days up to now, counted as the duty
/// engine counts them (<see cref="RepeatMissing"/>), the most episodes first, with whether they are missing now.
/// </summary>
public static class GetRepeatMissing
{
    public sealed record Query(Guid? Team) : IQuery<IReadOnlyList<Row>>;

    public sealed record Row(Guid ChildId, string ChildName, string LocalId, int Episodes, bool MissingNow);

    public sealed class Handler(AppDbContext db, OversightFilters filters) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var (filter, _) = await filters.ForAsync(query.Team, cancellationToken);
            var window = filter.InRepeatWindow;
            var rows = await (
                    from c in db.Children.AsNoTracking()
                    where filter.RepeatMissing.Contains(c.Id)
                    let episodes = window.Count(e => e.ChildId == c.Id)
                    orderby episodes descending, c.LastName, c.FirstName, c.Id
                    select new
                    {
                        c.Id, c.FirstName, c.LastName, c.LocalId, Episodes = episodes,
                        MissingNow = db.Episodes.Any(e => e.ChildId == c.Id && e.Status == EpisodeStatus.Open),
                    })
                .Take(OversightSets.ListLimit)
                .ToListAsync(cancellationToken);
            return [.. rows.Select(r => new Row(r.Id, $"{r.FirstName} {r.LastName}", r.LocalId, r.Episodes, r.MissingNow))];
        }
    }
}
