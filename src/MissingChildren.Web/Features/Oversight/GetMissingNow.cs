using Mediator;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// The children missing now that a manager oversees, the longest missing first: how long (live, from when they were last
/// seen), the police risk, what they are open to, who holds the episode (R2, R3: the child's worker where their team
/// holds it, else the holding team) and the episode's next open duty with its deadline. With <see cref="Query.PlacedHereOnly"/>,
/// only other authorities' children placed here (R8), with their home authority.
/// </summary>
public static class GetMissingNow
{
    public sealed record Query(Guid? Team, bool PlacedHereOnly = false) : IQuery<IReadOnlyList<Row>>;

    /// <param name="HeldBy">The person holding the episode and their team, or the team; null when nobody does.</param>
    /// <param name="HomeAuthority">R8: the authority that looks after the child, for another authority's child.</param>
    public sealed record Row(
        Guid EpisodeId,
        Guid ChildId,
        string ChildName,
        string LocalId,
        EpisodeCategory Category,
        DateTimeOffset MissingFrom,
        PoliceRiskLevel? PoliceRisk,
        IReadOnlyList<InvolvementType> Involvements,
        string? HomeAuthority,
        string? HeldBy,
        NextDuty? NextDuty);

    public sealed record NextDuty(string Title, string Rule, DateTimeOffset DueAt);

    public sealed class Handler(AppDbContext db, OversightFilters filters) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var (filter, _) = await filters.ForAsync(query.Team, cancellationToken);
            var episodes = query.PlacedHereOnly ? filter.PlacedHereMissing : filter.MissingNow;
            var rows = await (
                    from e in episodes.AsNoTracking()
                    join c in db.Children on e.ChildId equals c.Id
                    orderby e.MissingFrom, e.Id
                    select new
                    {
                        e.Id, e.ChildId, c.FirstName, c.LastName, c.LocalId, e.Category, e.MissingFrom, e.PoliceRiskLevel,
                        e.HoldingTeamId, c.AllocatedTeamId,
                        Team = db.Teams.Where(t => t.Id == e.HoldingTeamId).Select(t => t.Name).FirstOrDefault(),
                        Worker = db.Users.Where(u => u.Id == c.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
                        Involvements = db.Involvements.Where(i => i.ChildId == e.ChildId && i.EndDate == null)
                            .OrderBy(i => i.Type).Select(i => new { i.Type, i.HomeAuthority }).ToList(),
                        Next = db.DutyTasks.Where(t => t.EpisodeId == e.Id && t.Status == DutyStatus.Open)
                            .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Select(t => new { t.Title, t.RuleId, t.DueAt }).FirstOrDefault(),
                    })
                .Take(OversightSets.ListLimit)
                .ToListAsync(cancellationToken);

            return [.. rows.Select(r => new Row(
                r.Id, r.ChildId, $"{r.FirstName} {r.LastName}", r.LocalId, r.Category, r.MissingFrom, r.PoliceRiskLevel,
                [.. r.Involvements.Select(i => i.Type).Distinct()],
                r.Involvements.FirstOrDefault(i => i.Type == InvolvementType.CLAOtherAuthority)?.HomeAuthority,
                HeldBy(r.Team, r.HoldingTeamId == r.AllocatedTeamId ? r.Worker : null),
                r.Next is { } next ? new NextDuty(next.Title, next.RuleId, next.DueAt) : null))];
        }

        /// <summary>R2: the child's worker holds an episode their team holds; otherwise the team does (R3: Front Door).</summary>
        private static string? HeldBy(string? team, string? worker) =>
            (team, worker) switch
            {
                (not null, not null) => $"{worker}, {team}",
                (null, not null) => worker,
                _ => team,
            };
    }
}
