using Mediator;
using MissingChildren.Domain.Episodes;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Police;

/// <summary>
/// The children the police force reported (<see cref="PoliceReach"/>), for <c>/police</c>: missing now first (their
/// open episode, the police's risk), then the most recently reported.
/// </summary>
public static class GetReportedChildren
{
    public sealed record Query : IQuery<IReadOnlyList<Child>>;

    public sealed record Child(Guid Id, string Name, string LocalId, Guid LatestEpisodeId, DateTimeOffset LatestMissingFrom, bool MissingNow, string? PoliceRisk);

    public sealed class Handler(PoliceReach reach) : IQueryHandler<Query, IReadOnlyList<Child>>
    {
        public async ValueTask<IReadOnlyList<Child>> Handle(Query query, CancellationToken cancellationToken)
        {
            var episodes = await reach.EpisodesForForceAsync(cancellationToken);
            var latest = await episodes
                .Join(reach.ChildrenOf(episodes), e => e.ChildId, c => c.Id, (e, c) => new
                {
                    c.Id, Name = c.FirstName + " " + c.LastName, c.LocalId, EpisodeId = e.Id, e.MissingFrom, Open = e.Status == EpisodeStatus.Open, e.PoliceRiskLevel,
                })
                .ToListAsync(cancellationToken);
            return [.. latest.GroupBy(e => e.Id)
                .Select(g => g.OrderByDescending(e => e.Open).ThenByDescending(e => e.MissingFrom).First())
                .Select(e => new Child(e.Id, e.Name, e.LocalId, e.EpisodeId, e.MissingFrom, e.Open, e.PoliceRiskLevel?.ToString()))
                .OrderByDescending(c => c.MissingNow).ThenByDescending(c => c.LatestMissingFrom).ThenBy(c => c.Id)
                .Take(500)];
        }
    }
}
