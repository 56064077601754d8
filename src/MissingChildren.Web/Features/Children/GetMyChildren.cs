using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Children;

/// <summary>"My children": the children allocated to the signed-in social worker, with their open duties, soonest due first.</summary>
public static class GetMyChildren
{
    public sealed record Query : IQuery<IReadOnlyList<Row>>;

    public sealed record Row(Guid Id, string LocalId, string Name, string Status, int OpenDuties, int OverdueDuties, DateTimeOffset? NextDueAt,
        string? NextDueExplanation = null);

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.UserId;
            if (userId is null)
            {
                return [];
            }

            var now = clock.GetUtcNow();
            var children = await db.Children.AsNoTracking()
                .Where(c => c.AllocatedWorkerId == userId)
                .Select(c => new
                {
                    c.Id, c.LocalId, c.FirstName, c.LastName,
                    Open = db.Episodes.Any(e => e.ChildId == c.Id && e.Status == EpisodeStatus.Open),
                    Returned = db.Episodes.Any(e => e.ChildId == c.Id && e.Status == EpisodeStatus.Returned),
                })
                .ToListAsync(cancellationToken);
            var ids = children.Select(c => c.Id).ToList();
            var duties = (await db.DutyTasks.AsNoTracking()
                    .Where(t => ids.Contains(t.ChildId) && t.Status == DutyStatus.Open)
                    .Select(t => new { t.ChildId, t.DueAt, t.DueExplanation })
                    .ToListAsync(cancellationToken))
                .ToLookup(t => t.ChildId);

            return [.. children
                .Select(c => new Row(
                    c.Id, c.LocalId, $"{c.FirstName} {c.LastName}",
                    c.Open ? "Missing now" : c.Returned ? "Returned" : "Not missing",
                    duties[c.Id].Count(), duties[c.Id].Count(d => d.DueAt < now), duties[c.Id].MinBy(d => d.DueAt)?.DueAt,
                    duties[c.Id].MinBy(d => d.DueAt)?.DueExplanation))
                .OrderBy(r => r.NextDueAt ?? DateTimeOffset.MaxValue)
                .ThenBy(r => r.Name, StringComparer.Ordinal)];
        }
    }
}
