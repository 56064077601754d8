using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Episodes;

/// <summary>An episode with its duties and RHI (GET /api/v1/episodes/{id}; api.md).</summary>
public static class GetEpisode
{
    public sealed record Query(Guid EpisodeId) : IQuery<Result?>;

    public sealed record Assignee(string? Team, string Role, string? User);

    /// <param name="DueExplanation">How the due time was worked out: rule and profile, when its clock started and why, the arithmetic.</param>
    /// <param name="ClosedReason">Why it was done or cancelled (for example, never due: the child was found before its rule applied).</param>
    public sealed record TaskView(Guid Id, string Type, string Rule, string Title, string Status, DateTimeOffset DueAt, bool Overdue, string Escalation, Assignee Assignee,
        string? DueExplanation = null, string? ClosedReason = null,
        [property: System.Text.Json.Serialization.JsonIgnore] DutyAction? Action = null); // the page's link, not part of the API (api.md)

    public sealed record RhiView(Guid Id, string Status, DateTimeOffset OfferDueAt, DateTimeOffset? AllocateDueAt);

    public sealed record Result(
        Guid Id,
        string ChildLocalId,
        string Category,
        string Status,
        DateTimeOffset MissingFrom,
        DateTimeOffset ReportedAt,
        DateTimeOffset? FoundAt,
        string? PoliceRiskLevel,
        IReadOnlyList<TaskView> Tasks,
        RhiView? ReturnHomeInterview,
        DateTimeOffset? ClosedAt = null,
        string? ClosedReason = null,
        IReadOnlyList<string>? ClosesWhen = null) : IShowsChildRecords
    {
        /// <summary>The child's id: audited as read (IShowsChildRecords), not part of the API's answer (api.md).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public Guid ChildId { get; init; }

        /// <summary>The page's facts about the child and the report, not part of the API's answer (api.md).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public Reported? Page { get; init; }

        IEnumerable<ChildRecordRead> IShowsChildRecords.RecordsShown => [ChildRecordRead.Of(ChildId, "MissingEpisode", Id)];
    }

    /// <summary>Who went missing, and what the report said: where they were last seen and the circumstances.</summary>
    public sealed record Reported(string ChildName, string? LastSeenLocation, string? FoundLocation, string? Circumstances);

    public sealed class Handler(AppDbContext db, DutyScheduler scheduler, DutyEngine engine, TimeProvider clock) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var episode = await db.Episodes.AsNoTracking()
                .Where(e => e.Id == query.EpisodeId)
                .Select(e => new
                {
                    e.Id, e.Category, e.Status, e.MissingFrom, e.ReportedAt, e.FoundAt, e.PoliceRiskLevel, e.ReturnHomeInterviewId,
                    e.ChildId, e.NotifiedAt, e.ReturnKnownAt, e.RhiFormReceivedAt, e.ClosedAt, e.ClosedAs, e.LastSeenLocation, e.FoundLocation,
                    LocalId = db.Children.Where(c => c.Id == e.ChildId).Select(c => c.LocalId).First(),
                    // The circumstances as the missing (or absent) report gave them; a found report says how they came back.
                    Circumstances = db.Notifications.Where(n => n.EpisodeId == e.Id && n.Kind != NotificationKind.Found && n.Circumstances != null)
                        .OrderBy(n => n.ReceivedAt).Select(n => n.Circumstances).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (episode is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var tasks = await db.DutyTasks.AsNoTracking()
                .Where(t => t.EpisodeId == episode.Id || (episode.ReturnHomeInterviewId != null && t.ReturnHomeInterviewId == episode.ReturnHomeInterviewId))
                .Select(t => new
                {
                    t.Id, t.ChildId, t.ReturnHomeInterviewId, t.Type, t.RuleId, t.Title, t.Status, t.DueAt, t.EscalationLevel, t.AssigneeRole, t.DueExplanation, t.ClosedReason,
                    t.EpisodeId,
                    Team = db.Teams.Where(team => team.Id == t.AssigneeTeamId).Select(team => team.Name).FirstOrDefault(),
                    User = db.Users.Where(u => u.Id == t.AssigneeUserId).Select(u => u.Email).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var rhi = episode.ReturnHomeInterviewId is { } rhiId
                ? await db.ReturnHomeInterviews.AsNoTracking().Where(r => r.Id == rhiId)
                    .Select(r => new RhiView(r.Id, r.Status.ToString(), r.OfferDueAt, r.AllocateDueAt)).SingleOrDefaultAsync(cancellationToken)
                : null;

            // R8, R30, R34: what the episode closed under, or what it still waits for.
            var child = await db.Children.AsNoTracking().Include(c => c.Involvements).SingleAsync(c => c.Id == episode.ChildId, cancellationToken);
            var facts = new EpisodeFacts(episode.Id, episode.Category, episode.Status, episode.MissingFrom, episode.NotifiedAt, episode.FoundAt,
                episode.ReturnKnownAt, episode.PoliceRiskLevel, episode.RhiFormReceivedAt);
            var closesWhen = EpisodeClosing.Outstanding(engine.ClosingFacts(scheduler.Facts(child, now), facts, episode.ReturnHomeInterviewId is not null,
                tasks.Count(t => t.Status == DutyStatus.Open && t.EpisodeId == episode.Id), shortAbsenceDecidedNoInterview: false));

            return new Result(
                episode.Id, episode.LocalId, episode.Category.ToString(), episode.Status.ToString(), episode.MissingFrom, episode.ReportedAt,
                episode.FoundAt, episode.PoliceRiskLevel?.ToString(),
                [.. tasks.OrderBy(t => t.DueAt).Select(t => new TaskView(
                    t.Id, t.Type.ToString(), t.RuleId, t.Title, t.Status.ToString(), t.DueAt,
                    t.Status == DutyStatus.Open && t.DueAt < now, t.EscalationLevel.ToString(),
                    new Assignee(t.Team, t.AssigneeRole.ToString(), t.User), t.DueExplanation, t.ClosedReason,
                    t.Status == DutyStatus.Open ? Links.WhereDutyIsDone(t.ChildId, t.Id, t.Type, t.RuleId, t.ReturnHomeInterviewId, t.AssigneeRole) : null))],
                rhi,
                episode.ClosedAt,
                episode.ClosedAs is { } closedAs ? EpisodeClosing.Describe(closedAs) : null,
                closesWhen)
            {
                ChildId = episode.ChildId,
                Page = new Reported(child.FullName, episode.LastSeenLocation, episode.FoundLocation, episode.Circumstances),
            };
        }
    }
}
