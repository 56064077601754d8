using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// R36 (003 "Daily Missing Report"): "all children ... who have been missing during the last 24 hours and/or are still
/// missing", with "the assessed level of risk given by Kent Police" and the actions recommended "for the allocated
/// worker". One row an episode that was open at any time in the period (or is open still), missing now first, then the
/// police's risk, then the longest missing. The recommended actions are what the service holds as the next steps: the
/// episode's open duties (the protocol's own duties, with their deadlines and who holds them) and the actions of the
/// latest strategy or review meeting (003: "the chair ... will ensure that there is a SMART Plan").
/// </summary>
public static class GetDailyMissing
{
    public const string ChildrenTable = "Children missing";

    public const string ActionsTable = "Recommended actions";

    public sealed record Query(ReportCriteria Criteria) : IQuery<IReadOnlyList<ReportTable>>, IReportQuery;

    public sealed class Validator(OversightScope scope) : ReportCriteriaValidator<Query>(scope);

    /// <summary>The meetings whose actions are the plan for a missing child (R12 strategy, R15 reviews, R33, Rutland's case review).</summary>
    private static readonly MeetingType[] PlanningMeetings =
        [MeetingType.StrategyMeeting, MeetingType.ProfessionalsMeeting, MeetingType.CaseReview, MeetingType.LongMissingReview];

    public sealed class Handler(AppDbContext db, ReportChildren children, WorkingCalendar calendar, TimeProvider clock)
        : IQueryHandler<Query, IReadOnlyList<ReportTable>>
    {
        public async ValueTask<IReadOnlyList<ReportTable>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var episodes = await (await children.EpisodesAsync(query.Criteria, cancellationToken))
                .Select(e => new
                {
                    e.Id, e.ChildId, e.Category, e.Status, e.MissingFrom, e.FoundAt, e.PoliceRiskLevel, e.LastSeenLocation, e.EpisodesInLast90Days,
                })
                .ToListAsync(cancellationToken);
            var childIds = episodes.Select(e => e.ChildId).Distinct().ToList();
            var facts = await children.FactsAsync(childIds, calendar.LocalDate(now), cancellationToken);
            var episodeIds = episodes.Select(e => e.Id).ToList();
            var duties = (await children.OpenDutiesAsync(childIds, cancellationToken))
                .Where(d => d.EpisodeId is null || episodeIds.Contains(d.EpisodeId.Value))
                .ToList();
            var plans = (await db.Meetings.AsNoTracking()
                    .Where(m => m.EpisodeId != null && episodeIds.Contains(m.EpisodeId.Value) && PlanningMeetings.Contains(m.Type) && m.Actions != null)
                    .Select(m => new { EpisodeId = m.EpisodeId!.Value, m.HeldAt, m.Actions })
                    .ToListAsync(cancellationToken))
                .GroupBy(m => m.EpisodeId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.HeldAt).First().Actions);

            var ordered = episodes
                .OrderBy(e => e.Status != EpisodeStatus.Open)
                .ThenBy(e => e.PoliceRiskLevel ?? (PoliceRiskLevel)int.MaxValue)
                .ThenBy(e => e.MissingFrom)
                .ThenBy(e => facts[e.ChildId].Name, StringComparer.Ordinal)
                .ToList();
            var rows = ordered.Select(e =>
            {
                var child = facts[e.ChildId];
                var next = duties.Where(d => d.EpisodeId == e.Id || (d.EpisodeId is null && d.ChildId == e.ChildId))
                    .Select(d => d.Describe(now));
                return new ReportRow(
                [
                    child.Name, child.LocalId, child.Age, child.OpenTo, child.Team, child.SocialWorker,
                    Words.Of(e.Category), Words.Of(e.Status), e.MissingFrom, e.FoundAt, DeadlineText.Duration((e.FoundAt ?? now) - e.MissingFrom),
                    e.PoliceRiskLevel is { } risk ? Words.Of(risk) : NotGraded, e.LastSeenLocation, e.EpisodesInLast90Days,
                    string.Join("; ", next), plans.GetValueOrDefault(e.Id),
                ], e.ChildId);
            }).ToList();

            var byChild = ordered.Select(e => e.ChildId).Distinct().ToList();
            var actions = duties
                .Where(d => byChild.Contains(d.ChildId))
                .OrderBy(d => byChild.IndexOf(d.ChildId)).ThenBy(d => d.DueAt)
                .Select(d => new ReportRow([facts[d.ChildId].Name, d.Title, d.RuleId, d.DueAt, d.DueAt < now, d.HeldBy], d.ChildId))
                .ToList();

            return
            [
                new ReportTable(ChildrenTable, Columns, rows),
                new ReportTable(ActionsTable, ActionColumns, actions),
            ];
        }

    }

    /// <summary>The police grade every missing child High or Medium (003); an episode they have not graded says so.</summary>
    public const string NotGraded = "Not graded";

    public static readonly IReadOnlyList<ReportColumn> Columns =
    [
        new("Child", LinksToChild: true), new("Local ID"), new("Age"), new("Open to"), new("Team"), new("Social worker"),
        new("Missing or absent"), new("Status"), new("Missing from"), new("Returned"), new("Missing for"),
        new("Police risk"), new("Last seen"), new("Episodes in 90 days"), new("Recommended actions"), new("Meeting actions"),
    ];

    public static readonly IReadOnlyList<ReportColumn> ActionColumns =
    [
        new("Child", LinksToChild: true), new("Action"), new("Rule"), new("Due"), new("Overdue"), new("Held by"),
    ];
}
