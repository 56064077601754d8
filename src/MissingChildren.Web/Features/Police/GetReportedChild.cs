using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Police;

/// <summary>
/// A child as the police see them (<c>/police/children/{id}</c>): who they are, the episodes the force reported, and
/// which plans are shared with the police. Null for a child the force did not report (<see cref="PoliceReach"/>).
/// </summary>
public static class GetReportedChild
{
    public sealed record Query(Guid ChildId) : IQuery<Result?>;

    public sealed record Episode(Guid Id, string Category, bool MissingNow, DateTimeOffset MissingFrom, DateTimeOffset? FoundAt, string? PoliceRisk, string? LastSeenLocation, string? FoundLocation);

    public sealed record Plan(PlanType Type, Guid Id, int VersionNumber, DateTimeOffset SavedAt);

    public sealed record Result(
        Guid ChildId, string LocalId, string Name, DateOnly? DateOfBirth, string? Gender, string? Address,
        IReadOnlyList<Episode> Episodes, IReadOnlyList<Plan> Plans);

    public sealed class Handler(AppDbContext db, PoliceReach reach) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var episodes = (await reach.EpisodesForForceAsync(cancellationToken)).Where(e => e.ChildId == query.ChildId);
            var child = await reach.ChildrenOf(episodes)
                .Select(c => new { c.Id, c.LocalId, Name = c.FirstName + " " + c.LastName, c.DateOfBirth, c.Gender, c.Address })
                .FirstOrDefaultAsync(cancellationToken);
            if (child is null)
            {
                return null;
            }

            var reported = (await episodes.ToListAsync(cancellationToken))
                .OrderByDescending(e => e.MissingFrom)
                .Select(e => new Episode(e.Id, e.Category.ToString(), e.Status == EpisodeStatus.Open, e.MissingFrom, e.FoundAt, e.PoliceRiskLevel?.ToString(), e.LastSeenLocation, e.FoundLocation))
                .ToList();
            var plans = await db.Plans.AsNoTracking().Where(p => p.ChildId == child.Id && p.IsCurrent)
                .Select(p => new Plan(p.Type, p.Id, p.VersionNumber, p.SavedAt))
                .ToListAsync(cancellationToken);
            return new Result(child.Id, child.LocalId, child.Name, child.DateOfBirth, child.Gender, child.Address, reported, [.. plans.OrderBy(p => p.Type)]);
        }
    }
}
