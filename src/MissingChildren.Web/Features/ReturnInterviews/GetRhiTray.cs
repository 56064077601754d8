using Mediator;
using MissingChildren.Web.Domain.Children;
using MissingChildren.Web.Domain.Duties;
using MissingChildren.Web.Domain.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// The RHI worker's task tray (screens.md <c>/rhi</c>): unallocated RHIs with the R19 allocation deadline for the
/// manager; the interviews in hand with their R17 offer and R21 completion deadlines, consent (R22) and attempts
/// (R20); and, for Front Door and managers, the R8 requests to other authorities for their RHI forms. Overdue first.
/// </summary>
public static class GetRhiTray
{
    public sealed record Query : IQuery<Result>;

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
        bool Overdue);

    public sealed record FormRequestRow(Guid EpisodeId, string ChildName, string ChildLocalId, string? HomeAuthority, string Stage, DateTimeOffset DueAt, bool Overdue);

    public sealed record Result(bool ShowUnallocated, bool ShowInterviews, bool ShowFormRequests, bool ManagerView,
        IReadOnlyList<Row> Unallocated, IReadOnlyList<Row> Interviews, IReadOnlyList<FormRequestRow> FormRequests);

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var scope = await access.ScopeAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var showRhis = scope.Manager || scope.Worker;
            List<Row> unallocated = [];
            List<Row> interviews = [];
            if (showRhis)
            {
                var rhis = await RhiAccess.Visible(access.WithTeam(), scope with { FrontDoor = false })
                    .Where(x => x.Rhi.Status != RhiStatus.Authorised)
                    .Select(x => x.Rhi).Include(r => r.ContactAttempts).Include(r => r.ConsentRecords).AsNoTracking()
                    .ToListAsync(cancellationToken);
                var ids = rhis.Select(r => r.Id).ToList();
                var childIds = rhis.Select(r => r.ChildId).Distinct().ToList();
                var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id))
                    .Select(c => new { c.Id, c.FirstName, c.LastName, c.LocalId }).ToDictionaryAsync(c => c.Id, cancellationToken);
                var episodeCounts = (await db.Episodes.Where(e => e.ReturnHomeInterviewId != null && ids.Contains(e.ReturnHomeInterviewId.Value))
                    .Select(e => e.ReturnHomeInterviewId!.Value).ToListAsync(cancellationToken)).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
                var workerIds = rhis.Where(r => r.AllocatedWorkerId != null).Select(r => r.AllocatedWorkerId!).Distinct().ToList();
                var workers = await db.Users.Where(u => workerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

                var rows = rhis.Select(r =>
                {
                    var child = children[r.ChildId];
                    var pattern = rules.ContactPattern(r.ContactAttempts.Select(a => (a.At, a.Method)), r.RequestedAt);
                    var (step, due) = NextStep(r, pattern);
                    return new Row(r.Id, $"{child.FirstName} {child.LastName}", child.LocalId, episodeCounts.GetValueOrDefault(r.Id), r.Status.ToString(),
                        r.AllocatedWorkerId is null ? null : workers.GetValueOrDefault(r.AllocatedWorkerId), r.AllocateDueAt, r.OfferDueAt, r.CompleteDueAt,
                        ConsentState(r), pattern.Attempts, pattern.OutsideCoreHours, pattern.IsMet, step, due, due is { } d && d < now);
                }).OrderByDescending(r => r.Overdue).ThenBy(r => r.NextDueAt ?? DateTimeOffset.MaxValue).ToList();

                unallocated = [.. rows.Where(r => r.Status == nameof(RhiStatus.Requested))];
                interviews = [.. rows.Where(r => r.Status != nameof(RhiStatus.Requested))
                    .Where(r => scope.Manager || rhis.First(x => x.Id == r.Id).AllocatedWorkerId == scope.UserId)];
            }

            List<FormRequestRow> requests = [];
            var showRequests = scope.FrontDoor || scope.Manager;
            if (showRequests)
            {
                var tasks = await db.DutyTasks.AsNoTracking().Where(t => t.Type == TaskType.RhiFormRequest && t.Status == DutyStatus.Open && t.EpisodeId != null)
                    .Select(t => new { EpisodeId = t.EpisodeId!.Value, t.ChildId, t.DedupeKey, t.DueAt }).ToListAsync(cancellationToken);
                var childIds = tasks.Select(t => t.ChildId).Distinct().ToList();
                var children = await db.Children.AsNoTracking().Include(c => c.Involvements).Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
                requests = [.. tasks.GroupBy(t => t.EpisodeId).Select(g =>
                    {
                        // The latest stage of the R8 chain: request, reminder, escalation.
                        var latest = g.OrderByDescending(t => t.DueAt).First();
                        var child = children[latest.ChildId];
                        var stage = latest.DedupeKey.Contains("/escalation/", StringComparison.Ordinal) ? "Escalation"
                            : latest.DedupeKey.Contains("/reminder/", StringComparison.Ordinal) ? "Reminder" : "Request";
                        var home = child.Involvements.Where(i => i.Type == InvolvementType.CLAOtherAuthority).OrderByDescending(i => i.StartDate).Select(i => i.HomeAuthority).FirstOrDefault();
                        var due = g.Min(t => t.DueAt);
                        return new FormRequestRow(g.Key, child.FullName, child.LocalId, home, stage, due, due < now);
                    })
                    .OrderByDescending(r => r.Overdue).ThenBy(r => r.DueAt)];
            }

            // Workers see their team's unallocated interviews too (screens.md); only a manager allocates them.
            return new Result(showRhis, showRhis, showRequests, scope.Manager, unallocated, interviews, requests);
        }

        private static string ConsentState(ReturnHomeInterview rhi)
        {
            var latest = rhi.ConsentRecords.MaxBy(c => c.At);
            return latest is null ? "Not yet asked" : latest.Consented ? (latest.GivenBy == nameof(ConsentGiver.Assumed) ? "Assumed" : "Given") : "Refused";
        }

        /// <summary>What the worker does next, and by when.</summary>
        private static (string Step, DateTimeOffset? Due) NextStep(ReturnHomeInterview rhi, ContactPattern pattern) => rhi.Status switch
        {
            RhiStatus.Requested => ("Allocate to a worker", rhi.AllocateDueAt ?? rhi.OfferDueAt),
            RhiStatus.Allocated => (pattern.Attempts == 0 ? "Make the first contact attempt" : "Offer the interview", rhi.OfferDueAt),
            RhiStatus.Offered => ("Record consent or refusal", pattern.ContinueUntil ?? rhi.OfferDueAt),
            RhiStatus.Accepted => ("Hold and record the interview", rhi.CompleteDueAt),
            RhiStatus.Completed or RhiStatus.Declined or RhiStatus.NoContact when rhi.ReturnedReason is { } reason =>
                ($"Returned by the manager: {reason}. Correct it and send for authorisation again", null),
            RhiStatus.Completed or RhiStatus.Declined or RhiStatus.NoContact => ("Send for authorisation", null),
            RhiStatus.AwaitingAuthorisation => ("Waiting for the manager", null),
            _ => ("None", null),
        };
    }
}
