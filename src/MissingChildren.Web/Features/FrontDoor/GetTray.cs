using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// R3: the "Missing Children and Young People" tray: every open episode and those returned (or closed, with the
/// condition they closed under) in the last 7 days, with
/// the next open duty and its deadline, overdue first. One paged query picks the page; three more read the details of
/// its rows, whatever the number of episodes (no query per row).
/// </summary>
public static class GetTray
{
    public const string SortNextDuty = "next-duty";
    public const string SortRhi = "rhi-due";
    public const string SortMissingFrom = "missing-from";

    public sealed record Query(Guid? TeamId = null, string? Involvement = null, string? Risk = null, string? Sort = null, bool Descending = false, int Page = 1)
        : IQuery<Result>;

    public sealed record Row(
        Guid EpisodeId,
        Guid ChildId,
        string ChildName,
        string LocalId,
        EpisodeCategory Category,
        EpisodeStatus Status,
        DateTimeOffset MissingFrom,
        DateTimeOffset? FoundAt,
        TimeSpan MissingFor,
        PoliceRiskLevel? PoliceRisk,
        IReadOnlyList<string> Involvements,
        string? HoldingTeam,
        string? RhiStatus,
        string? RhiHolder,
        DateTimeOffset? RhiOfferDueAt,
        string? NextDuty,
        string? NextDutyRule,
        DateTimeOffset? NextDueAt,
        bool Overdue,
        DutyAction? NextDutyAction = null,
        string? NextDueExplanation = null,
        string? ClosedReason = null);

    public sealed record Team(Guid Id, string Name);

    public sealed record Result(PageOf<Row> Rows, IReadOnlyList<Team> Teams, DateTimeOffset Now);

    public static readonly TimeSpan RecentlyReturned = TimeSpan.FromDays(7);

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var since = now - RecentlyReturned;
            var page = Paging.Clamp(query.Page);

            var episodes = db.Episodes.AsNoTracking()
                .Where(e => e.Status == EpisodeStatus.Open || ((e.Status == EpisodeStatus.Returned || e.Status == EpisodeStatus.Closed) && e.FoundAt >= since));
            if (query.TeamId is { } team)
            {
                episodes = episodes.Where(e => e.HoldingTeamId == team);
            }

            if (Enum.TryParse<InvolvementType>(query.Involvement, out var involvement) && Enum.IsDefined(involvement))
            {
                episodes = episodes.Where(e => db.Involvements.Any(i => i.ChildId == e.ChildId && i.EndDate == null && i.Type == involvement));
            }

            if (Enum.TryParse<PoliceRiskLevel>(query.Risk, out var risk) && Enum.IsDefined(risk))
            {
                episodes = episodes.Where(e => e.PoliceRiskLevel == risk);
            }

            var total = await episodes.CountAsync(cancellationToken);
            // The next deadline of each episode from one grouped pass over the open duties (a correlated MIN per row
            // lets SQLite walk the (Status, DueAt) index from the start for every episode).
            var nextDue = db.DutyTasks
                .Where(t => t.Status == DutyStatus.Open && t.EpisodeId != null)
                .GroupBy(t => t.EpisodeId)
                .Select(g => new { EpisodeId = g.Key, Due = g.Min(t => t.DueAt) });
            var keyed =
                from e in episodes
                join n in nextDue on (Guid?)e.Id equals n.EpisodeId into nexts
                from n in nexts.DefaultIfEmpty()
                join r in db.ReturnHomeInterviews on e.ReturnHomeInterviewId equals (Guid?)r.Id into rhis
                from r in rhis.DefaultIfEmpty()
                select new { e.Id, e.MissingFrom, NextDue = n == null ? (DateTimeOffset?)null : n.Due, RhiDue = r == null ? (DateTimeOffset?)null : r.OfferDueAt };
            var ordered = (query.Sort, query.Descending) switch
            {
                (SortRhi, false) => keyed.OrderBy(k => k.RhiDue == null).ThenBy(k => k.RhiDue),
                (SortRhi, true) => keyed.OrderBy(k => k.RhiDue == null).ThenByDescending(k => k.RhiDue),
                (SortMissingFrom, false) => keyed.OrderBy(k => k.MissingFrom),
                (SortMissingFrom, true) => keyed.OrderByDescending(k => k.MissingFrom),
                (_, true) => keyed.OrderBy(k => k.NextDue == null).ThenByDescending(k => k.NextDue),

                // Overdue first: the earliest deadline is the most overdue.
                _ => keyed.OrderBy(k => k.NextDue == null).ThenBy(k => k.NextDue),
            };
            var ids = await ordered.ThenBy(k => k.MissingFrom).ThenBy(k => k.Id)
                .Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .Select(k => k.Id)
                .ToListAsync(cancellationToken);

            var details = await (
                    from e in db.Episodes.AsNoTracking()
                    where ids.Contains(e.Id)
                    join c in db.Children on e.ChildId equals c.Id
                    join t in db.Teams on e.HoldingTeamId equals (Guid?)t.Id into holders
                    from t in holders.DefaultIfEmpty()
                    join r in db.ReturnHomeInterviews on e.ReturnHomeInterviewId equals (Guid?)r.Id into rhis
                    from r in rhis.DefaultIfEmpty()
                    join rt in db.Teams on r.AllocatedTeamId equals (Guid?)rt.Id into rhiTeams
                    from rt in rhiTeams.DefaultIfEmpty()
                    join u in db.Users on r.AllocatedWorkerId equals u.Id into workers
                    from u in workers.DefaultIfEmpty()
                    select new
                    {
                        e.Id, e.ChildId, e.Category, e.Status, e.MissingFrom, e.FoundAt, e.PoliceRiskLevel, e.ClosedAs,
                        c.FirstName, c.LastName, c.LocalId,
                        Team = t == null ? null : t.Name,
                        HasRhi = r != null,
                        RhiStatus = r == null ? (RhiStatus?)null : r.Status,
                        RhiOfferDueAt = r == null ? (DateTimeOffset?)null : r.OfferDueAt,
                        RhiTeam = rt == null ? null : rt.Name,
                        RhiWorker = u == null ? null : u.DisplayName,
                    })
                .ToDictionaryAsync(e => e.Id, cancellationToken);
            var childIds = details.Values.Select(d => d.ChildId).Distinct().ToList();
            var involvements = (await db.Involvements.AsNoTracking()
                    .Where(i => childIds.Contains(i.ChildId) && i.EndDate == null)
                    .Select(i => new { i.ChildId, i.Type })
                    .ToListAsync(cancellationToken))
                .ToLookup(i => i.ChildId, i => i.Type.ToString());
            var duties = (await db.DutyTasks.AsNoTracking()
                    .Where(t => t.EpisodeId != null && ids.Contains(t.EpisodeId.Value) && t.Status == DutyStatus.Open)
                    .Select(t => new { EpisodeId = t.EpisodeId!.Value, t.Id, t.ChildId, t.Type, t.ReturnHomeInterviewId, t.AssigneeRole, t.Title, t.RuleId, t.DueAt, t.DueExplanation })
                    .ToListAsync(cancellationToken))
                .GroupBy(t => t.EpisodeId)
                .ToDictionary(g => g.Key, g => g.OrderBy(t => t.DueAt).First());

            var rows = ids.Select(id =>
            {
                var e = details[id];
                var next = duties.GetValueOrDefault(id);
                return new Row(
                    e.Id, e.ChildId, $"{e.FirstName} {e.LastName}", e.LocalId, e.Category, e.Status, e.MissingFrom, e.FoundAt,
                    (e.FoundAt ?? now) - e.MissingFrom, e.PoliceRiskLevel,
                    [.. involvements[e.ChildId].Distinct().Order(StringComparer.Ordinal)],
                    e.Team, e.RhiStatus?.ToString(), e.HasRhi ? e.RhiWorker ?? e.RhiTeam : null, e.RhiOfferDueAt,
                    next?.Title, next?.RuleId, next?.DueAt, next is not null && next.DueAt < now,
                    next is null ? null : Links.WhereDutyIsDone(next.ChildId, next.Id, next.Type, next.RuleId, next.ReturnHomeInterviewId, next.AssigneeRole),
                    next?.DueExplanation,
                    e.ClosedAs is { } closedAs ? EpisodeClosing.Describe(closedAs) : null);
            }).ToList();

            var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new Team(t.Id, t.Name)).ToListAsync(cancellationToken);
            return new Result(new PageOf<Row>(rows, page, Paging.DefaultSize, total), teams, now);
        }
    }
}
