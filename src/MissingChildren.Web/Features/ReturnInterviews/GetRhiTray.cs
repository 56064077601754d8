using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// The RHI worker's task tray (screens.md <c>/rhi</c>): unallocated RHIs with the R19 allocation deadline for the
/// manager; the interviews in hand with their R17 offer and R21 completion deadlines, consent (R22) and attempts
/// (R20); and, for Front Door and managers, the R8 requests to other authorities for their RHI forms. Overdue first,
/// then the nearest deadline; or by child. Each list is paged in the database; a manager may narrow to one team.
/// </summary>
public static class GetRhiTray
{
    /// <param name="TeamId">A manager's team filter: the team holding the RHI.</param>
    /// <param name="Sort"><see cref="SortByDeadline"/> (the default) or <see cref="SortByChild"/>.</param>
    public sealed record Query(Guid? TeamId = null, string? Sort = null, int UnallocatedPage = 1, int InterviewsPage = 1) : IQuery<Result>;

    public const string SortByDeadline = "deadline";

    public const string SortByChild = "child";

    public sealed record Row(
        Guid Id,
        string ChildName,
        string ChildLocalId,
        int Episodes,
        string Status,
        string? Worker,
        DateTimeOffset? AllocateDueAt,
        DateTimeOffset OfferDueAt,
        DateTimeOffset? CompleteDueAt,
        string Consent,
        int Attempts,
        bool OutsideCoreHours,
        bool PatternMet,
        string NextStep,
        DateTimeOffset? NextDueAt,
        bool Overdue,
        string? ReturnedReason,
        GetRhiDeadlines.Result? Explained = null)
    {
        public Guid ChildId { get; init; }
    }

    public sealed record FormRequestRow(Guid EpisodeId, string ChildName, string ChildLocalId, string? HomeAuthority, string Stage, DateTimeOffset DueAt, bool Overdue)
    {
        public Guid ChildId { get; init; }
    }

    public sealed record Result(bool ShowUnallocated, bool ShowInterviews, bool ShowFormRequests, bool ManagerView,
        PageOf<Row> Unallocated, PageOf<Row> Interviews, IReadOnlyList<FormRequestRow> FormRequests,
        IReadOnlyList<(Guid Id, string Name)> Teams, string Sort);

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var scope = await access.ScopeAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var sort = query.Sort == SortByChild ? SortByChild : SortByDeadline;
            var showRhis = scope.Manager || scope.Worker;
            var unallocated = Empty(query.UnallocatedPage);
            var interviews = Empty(query.InterviewsPage);
            List<(Guid, string)> teams = [];
            if (showRhis)
            {
                var visible = RhiAccess.Visible(access.WithTeam(), scope with { FrontDoor = false })
                    .Where(x => x.Rhi.Status != RhiStatus.Authorised);
                if (scope.Manager)
                {
                    var teamIds = await visible.Where(x => x.TeamId != null).Select(x => x.TeamId!.Value).Distinct().ToListAsync(cancellationToken);
                    teams = [.. (await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
                        .OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (t.Id, t.Name))];
                    if (query.TeamId is { } teamId)
                    {
                        visible = visible.Where(x => x.TeamId == teamId);
                    }
                }

                unallocated = await PageAsync(visible.Where(x => x.Rhi.Status == RhiStatus.Requested), sort, query.UnallocatedPage, now, cancellationToken);
                var inHand = visible.Where(x => x.Rhi.Status != RhiStatus.Requested);
                if (!scope.Manager)
                {
                    inHand = inHand.Where(x => x.Rhi.AllocatedWorkerId == scope.UserId);
                }

                interviews = await PageAsync(inHand, sort, query.InterviewsPage, now, cancellationToken);
            }

            List<FormRequestRow> requests = [];
            var showRequests = scope.FrontDoor || scope.Manager;
            if (showRequests)
            {
                requests = await FormRequestsAsync(scope, now, cancellationToken);
            }

            // Workers see their team's unallocated interviews too (screens.md); only a manager allocates them.
            return new Result(showRhis, showRhis, showRequests, scope.Manager, unallocated, interviews, requests, teams, sort);
        }

        private static PageOf<Row> Empty(int page) => new([], Paging.Clamp(page), Paging.DefaultSize, 0);

        /// <summary>One page, ordered in the database: overdue first (their deadlines are the earliest), then the nearest deadline.</summary>
        private async Task<PageOf<Row>> PageAsync(IQueryable<RhiAccess.RhiWithTeam> rhis, string sort, int requestedPage, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var total = await rhis.CountAsync(cancellationToken);
            var page = Math.Min(Paging.Clamp(requestedPage), Math.Max(1, (total + Paging.DefaultSize - 1) / Paging.DefaultSize));
            var keyed = rhis.Join(db.Children, x => x.Rhi.ChildId, c => c.Id, (x, c) => new
            {
                x.Rhi.Id,
                c.LastName,
                c.FirstName,
                // The deadline that governs the RHI now (NextStep below): none once it is concluded.
                Deadline = x.Rhi.Status == RhiStatus.Requested ? x.Rhi.AllocateDueAt ?? x.Rhi.OfferDueAt
                    : x.Rhi.Status == RhiStatus.Allocated || x.Rhi.Status == RhiStatus.Offered ? x.Rhi.OfferDueAt
                    : x.Rhi.Status == RhiStatus.Accepted ? x.Rhi.CompleteDueAt
                    : x.Rhi.Status == RhiStatus.Completed || x.Rhi.Status == RhiStatus.Declined || x.Rhi.Status == RhiStatus.NoContact ? x.Rhi.CompleteDueAt ?? x.Rhi.OfferDueAt
                    : null,
            });
            var ordered = sort == SortByChild
                ? keyed.OrderBy(k => k.LastName).ThenBy(k => k.FirstName).ThenBy(k => k.Id)
                : keyed.OrderBy(k => k.Deadline == null).ThenBy(k => k.Deadline).ThenBy(k => k.LastName).ThenBy(k => k.Id);
            var ids = await ordered.Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize).Select(k => k.Id).ToListAsync(cancellationToken);

            var loaded = await db.ReturnHomeInterviews.AsNoTracking().AsSplitQuery().Where(r => ids.Contains(r.Id))
                .Include(r => r.ContactAttempts).Include(r => r.ConsentRecords)
                .ToDictionaryAsync(r => r.Id, cancellationToken);
            var childIds = loaded.Values.Select(r => r.ChildId).Distinct().ToList();
            var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id))
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.LocalId }).ToDictionaryAsync(c => c.Id, cancellationToken);
            var episodeCounts = (await db.Episodes.Where(e => e.ReturnHomeInterviewId != null && ids.Contains(e.ReturnHomeInterviewId.Value))
                .Select(e => e.ReturnHomeInterviewId!.Value).ToListAsync(cancellationToken)).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
            var workerIds = loaded.Values.Where(r => r.AllocatedWorkerId != null).Select(r => r.AllocatedWorkerId!).Distinct().ToList();
            var workers = await db.Users.Where(u => workerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var explained = await GetRhiDeadlines.ForAsync(db, ids, cancellationToken);

            var rows = ids.Select(id =>
            {
                var r = loaded[id];
                var child = children[r.ChildId];
                var pattern = rules.ContactPattern(r.ContactAttempts.Select(a => (a.At, a.Method)), r.RequestedAt);
                var (step, due) = r.NextStep(pattern);
                return new Row(r.Id, $"{child.FirstName} {child.LastName}", child.LocalId, episodeCounts.GetValueOrDefault(r.Id), r.Status.ToString(),
                    r.AllocatedWorkerId is null ? null : workers.GetValueOrDefault(r.AllocatedWorkerId), r.AllocateDueAt, r.OfferDueAt, r.CompleteDueAt,
                    ConsentState(r), pattern.Attempts, pattern.OutsideCoreHours, pattern.IsMet, step, due, due is { } d && d < now,
                    r.IsConcluded ? r.ReturnedReason : null, explained.GetValueOrDefault(r.Id)) { ChildId = r.ChildId };
            }).ToList();
            return new PageOf<Row>(rows, page, Paging.DefaultSize, total);
        }

        /// <summary>R8: the requests to home authorities for their RHI forms that this person holds, at their latest stage.</summary>
        private async Task<List<FormRequestRow>> FormRequestsAsync(RhiAccess.Scope scope, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var held = RhiAccess.FormRequestsHeld(db.DutyTasks, scope).Select(t => t.EpisodeId);
            var tasks = await db.DutyTasks.AsNoTracking().Where(t => t.Type == TaskType.RhiFormRequest && t.Status == DutyStatus.Open && held.Contains(t.EpisodeId))
                .Select(t => new { EpisodeId = t.EpisodeId!.Value, t.ChildId, t.DedupeKey, t.DueAt }).ToListAsync(cancellationToken);
            var childIds = tasks.Select(t => t.ChildId).Distinct().ToList();
            var children = await db.Children.AsNoTracking().Include(c => c.Involvements).Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            return [.. tasks.GroupBy(t => t.EpisodeId).Select(g =>
                {
                    // The latest stage of the R8 chain: request, reminder, escalation.
                    var latest = g.OrderByDescending(t => t.DueAt).First();
                    var child = children[latest.ChildId];
                    var stage = latest.DedupeKey.Contains("/escalation/", StringComparison.Ordinal) ? "Escalation"
                        : latest.DedupeKey.Contains("/reminder/", StringComparison.Ordinal) ? "Reminder" : "Request";
                    var home = child.Involvements.Where(i => i.Type == InvolvementType.CLAOtherAuthority).OrderByDescending(i => i.StartDate).Select(i => i.HomeAuthority).FirstOrDefault();
                    var due = g.Min(t => t.DueAt);
                    return new FormRequestRow(g.Key, child.FullName, child.LocalId, home, stage, due, due < now) { ChildId = child.Id };
                })
                .OrderByDescending(r => r.Overdue).ThenBy(r => r.DueAt)];
        }

        private static string ConsentState(ReturnHomeInterview rhi)
        {
            var latest = rhi.ConsentRecords.MaxBy(c => c.At);
            return latest is null ? "Not yet asked" : latest.Consented ? (latest.GivenBy == nameof(ConsentGiver.Assumed) ? "Assumed" : "Given") : "Refused";
        }
    }
}
