using MissingChildren.Data;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// What the reports about children read alike: the episodes of the children a report counts (<see cref="OversightScope"/>),
/// and, for a set of children, who they are (name, team, social worker, what they are open to) and their open duties with
/// who holds each. Each is one query for the whole report, never one a row.
/// </summary>
public sealed class ReportChildren(AppDbContext db, OversightScope scope)
{
    /// <summary>Who a child is, as a report's row names them.</summary>
    public sealed record Facts(Guid Id, string Name, string LocalId, int? Age, string? Team, string? SocialWorker, string OpenTo);

    /// <summary>An open duty (the protocols' next steps), with whoever holds it by name.</summary>
    public sealed record Duty(Guid Id, Guid ChildId, Guid? EpisodeId, string Title, string RuleId, DateTimeOffset DueAt, string HeldBy)
    {
        /// <summary>"Strategy meeting, overdue by 2 hours (Sam Jones (Corporate Parenting))".</summary>
        public string Describe(DateTimeOffset now) => $"{Title}, {DeadlineText.Relative(DueAt, now)} ({HeldBy})";
    }

    /// <summary>
    /// The episodes of the children the criteria's team covers: a child counts for a team when it is the child's team or
    /// the team holding the episode (an unallocated child's episode is held by the service that works it).
    /// </summary>
    /// <remarks>Only the episodes open at any time in the period: begun before it ends, and not found before it starts.</remarks>
    public async Task<IQueryable<MissingEpisode>> EpisodesAsync(ReportCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var teams = (await scope.ReachAsync(cancellationToken)).For(criteria.Team);
        var (start, end) = criteria.Instants(DeadlineText.UkTime);
        var episodes = db.Episodes.AsNoTracking().Where(e => e.MissingFrom < end && (e.FoundAt == null || e.FoundAt >= start));
        return teams is null
            ? episodes
            : episodes.Where(e => (e.HoldingTeamId != null && teams.Contains(e.HoldingTeamId.Value))
                || db.Children.Any(c => c.Id == e.ChildId && c.AllocatedTeamId != null && teams.Contains(c.AllocatedTeamId.Value)));
    }

    /// <summary>The children named, by id, with their age on <paramref name="today"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, Facts>> FactsAsync(IReadOnlyCollection<Guid> childIds, DateOnly today, CancellationToken cancellationToken)
    {
        var children = await (
                from c in db.Children.AsNoTracking()
                where childIds.Contains(c.Id)
                join t in db.Teams on c.AllocatedTeamId equals (Guid?)t.Id into teams
                from t in teams.DefaultIfEmpty()
                join u in db.Users on c.AllocatedWorkerId equals u.Id into workers
                from u in workers.DefaultIfEmpty()
                select new { Child = c, Team = t == null ? null : t.Name, Worker = u == null ? null : u.DisplayName })
            .ToListAsync(cancellationToken);
        var openTo = (await db.Involvements.AsNoTracking()
                .Where(i => childIds.Contains(i.ChildId) && i.EndDate == null)
                .Select(i => new { i.ChildId, i.Type })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.ChildId, i => i.Type);
        return children.ToDictionary(
            c => c.Child.Id,
            c => new Facts(
                c.Child.Id, c.Child.FullName, c.Child.LocalId, c.Child.AgeOn(today), c.Team, c.Worker,
                string.Join("; ", openTo[c.Child.Id].Distinct().Order().Select(type => Words.Of(type)))));
    }

    /// <summary>The children's open duties, soonest due first.</summary>
    public async Task<IReadOnlyList<Duty>> OpenDutiesAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        var duties = await (
                from d in db.DutyTasks.AsNoTracking()
                where childIds.Contains(d.ChildId) && d.Status == DutyStatus.Open
                join t in db.Teams on d.AssigneeTeamId equals (Guid?)t.Id into teams
                from t in teams.DefaultIfEmpty()
                join u in db.Users on d.AssigneeUserId equals u.Id into people
                from u in people.DefaultIfEmpty()
                select new { d.Id, d.ChildId, d.EpisodeId, d.Title, d.RuleId, d.DueAt, d.AssigneeRole, Team = t == null ? null : t.Name, Person = u == null ? null : u.DisplayName })
            .ToListAsync(cancellationToken);
        return
        [
            .. duties
                .Select(d => new Duty(d.Id, d.ChildId, d.EpisodeId, d.Title, d.RuleId, d.DueAt, HeldBy(d.Person, d.Team, Words.Of(d.AssigneeRole))))
                .OrderBy(d => d.DueAt).ThenBy(d => d.Title, StringComparer.Ordinal),
        ];
    }

    /// <summary>"Sam Jones (Corporate Parenting)", "Front Door", or the role when no team holds it.</summary>
    private static string HeldBy(string? person, string? team, string role) => (person, team) switch
    {
        ({ } p, { } t) => $"{p} ({t})",
        ({ } p, null) => p,
        (null, { } t) => t,
        _ => role,
    };
}
