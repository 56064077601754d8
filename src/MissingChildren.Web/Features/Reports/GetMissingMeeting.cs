using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// R38: the weekly (001 §4.4) or fortnightly (000) missing meeting's list. Every child reported missing or absent in the
/// period, or still missing (001 §4.4: "all reports of children missing from home or care, including those who are in
/// the care of another local authority"), one row a child, in the order the meeting discusses them: highest risk first
/// (<see cref="MissingMeetingOrder"/>), each row saying why it stands where it does.
/// </summary>
public static class GetMissingMeeting
{
    public const string Table = "Children to discuss";

    /// <summary>Shown where a child has no exploitation risk assessment sent or authorised.</summary>
    public const string NotAssessed = "Not assessed";

    /// <summary>A child's exploitation risk category and its rank among the profile's categories (0 the lowest).</summary>
    private sealed record Exploitation(int Rank, string Label);

    public sealed record Query(ReportCriteria Criteria) : IQuery<IReadOnlyList<ReportTable>>, IReportQuery;

    public sealed class Validator(OversightScope scope) : ReportCriteriaValidator<Query>(scope);

    public sealed class Handler(AppDbContext db, ReportChildren children, PolicyProfile profile, WorkingCalendar calendar, TimeProvider clock)
        : IQueryHandler<Query, IReadOnlyList<ReportTable>>
    {
        public async ValueTask<IReadOnlyList<ReportTable>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var episodes = await (await children.EpisodesAsync(query.Criteria, cancellationToken))
                .Select(e => new { e.ChildId, e.Status, e.MissingFrom, e.FoundAt, e.PoliceRiskLevel, e.EpisodesInLast90Days })
                .ToListAsync(cancellationToken);
            var childIds = episodes.Select(e => e.ChildId).Distinct().ToList();
            var facts = await children.FactsAsync(childIds, calendar.LocalDate(now), cancellationToken);
            var duties = (await children.OpenDutiesAsync(childIds, cancellationToken)).ToLookup(d => d.ChildId);
            var exploitation = await ExploitationRiskAsync(childIds, cancellationToken);

            var perChild = episodes.GroupBy(e => e.ChildId).Select(g =>
            {
                var latest = g.MaxBy(e => e.MissingFrom)!;
                var risk = exploitation.GetValueOrDefault(g.Key);
                return new
                {
                    ChildId = g.Key,
                    Facts = new MissingMeetingOrder.Facts(
                        g.Any(e => e.Status == EpisodeStatus.Open),
                        g.Where(e => e.PoliceRiskLevel is not null).Select(e => e.PoliceRiskLevel).Min(),
                        risk?.Rank,
                        latest.EpisodesInLast90Days,
                        g.Count(),
                        g.Max(e => (e.FoundAt ?? now) - e.MissingFrom)),
                    Risk = risk?.Label ?? NotAssessed,
                    LastMissingFrom = latest.MissingFrom,
                    LastReturned = g.Max(e => e.FoundAt),
                };
            });
            var ranked = MissingMeetingOrder.Rank(perChild.OrderBy(c => facts[c.ChildId].Name, StringComparer.Ordinal), c => c.Facts);
            var rows = ranked.Select((c, i) =>
            {
                var child = facts[c.ChildId];
                var open = duties[c.ChildId].ToList();
                return new ReportRow(
                [
                    i + 1, child.Name, child.LocalId, child.Age, child.OpenTo, child.Team, Why(c.Facts, c.Risk),
                    c.Facts.MissingNow, c.Facts.PoliceRisk is { } police ? Words.Of(police) : GetDailyMissing.NotGraded, c.Risk,
                    c.Facts.EpisodesInLast90Days, c.Facts.EpisodesInPeriod, DeadlineText.Duration(c.Facts.LongestMissing), c.LastMissingFrom, c.LastReturned,
                    open.Count(d => d.DueAt < now), string.Join("; ", open.Select(d => d.Describe(now))),
                ], c.ChildId);
            }).ToList();
            return [new ReportTable(Table, Columns, rows)];
        }

        /// <summary>The latest exploitation risk assessment sent or authorised (a draft is not yet an assessment), by child: its category and rank.</summary>
        private async Task<Dictionary<Guid, Exploitation>> ExploitationRiskAsync(List<Guid> childIds, CancellationToken cancellationToken)
        {
            var assessments = await db.RiskAssessments.AsNoTracking()
                .Where(r => childIds.Contains(r.ChildId) && r.IsCurrent && r.Status != RiskAssessmentStatus.Draft)
                .Select(r => new { r.ChildId, Category = r.AssessorCategory ?? r.SuggestedCategory, r.UpdatedAt })
                .ToListAsync(cancellationToken);
            var categories = profile.Seraf.Categories.ToList();
            return assessments
                .GroupBy(a => a.ChildId)
                .Select(g => (ChildId: g.Key, Category: categories.FindIndex(c => c.Code == g.MaxBy(a => a.UpdatedAt)!.Category)))
                .Where(a => a.Category >= 0)
                .ToDictionary(a => a.ChildId, a => new Exploitation(a.Category, categories[a.Category].Label));
        }

        /// <summary>Why the child stands where they do, in the order's words.</summary>
        private static string Why(MissingMeetingOrder.Facts facts, string exploitationRisk)
        {
            var reasons = new List<string>();
            if (facts.MissingNow)
            {
                reasons.Add("Missing now");
            }

            if (facts.PoliceRisk is { } police)
            {
                reasons.Add($"{Words.Of(police)} police risk");
            }

            if (facts.ExploitationRisk is not null)
            {
                reasons.Add($"Exploitation risk: {exploitationRisk}");
            }

            if (facts.RepeatMissing)
            {
                reasons.Add($"Repeat missing: {facts.EpisodesInLast90Days} episodes in 90 days");
            }

            return string.Join("; ", reasons);
        }
    }

    public static readonly IReadOnlyList<ReportColumn> Columns =
    [
        new("Order"), new("Child", LinksToChild: true), new("Local ID"), new("Age"), new("Open to"), new("Team"), new("Why"),
        new("Missing now"), new("Police risk"), new("Exploitation risk"), new("Episodes in 90 days"), new("Episodes in period"),
        new("Longest missing"), new("Last missing from"), new("Last returned"), new("Overdue duties"), new("Open duties"),
    ];
}
