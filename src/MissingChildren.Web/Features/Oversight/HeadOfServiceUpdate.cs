using MissingChildren.Data;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// R35 (001 §5.2): the Head of Service update, one row a child missing in the period or missing now, with the protocol's
/// fields read from the records that hold them: the episodes (missing now, from when, how long, returned when, episodes in six
/// months), the RHI (offered: its R17 offer duty done; held, declined or no contact and when; the parents' or carers' views,
/// R25), the child exploitation risk assessment (R28: completed, and its category and principal concern, the contextual
/// safeguarding concern), the manager's R30 outcome and the next open duty (the next steps), and the Serious Incident
/// Notification filed (R31). Read by the report page and by the morning e-mail, so both say the same.
/// </summary>
public sealed class HeadOfServiceUpdate(AppDbContext db, PolicyProfile profile)
{
    /// <summary>"Episodes in the last six months" (001 §5.2).</summary>
    public const int EpisodeMonths = 6;

    /// <summary>One child's row.</summary>
    /// <param name="RhiOutcome">"Held", "Declined" or "No contact" (R24); null while the interview is being arranged.</param>
    /// <param name="RhiConcludedOn">When the interview was held, or the declined or no-contact record sent to the manager.</param>
    /// <param name="ParentsEngaged">R25: the parents' or carers' views are recorded; null until the interview is concluded.</param>
    /// <param name="ContextualConcern">The latest exploitation assessment's category and principal concern (free text: never e-mailed).</param>
    public sealed record Row(
        Guid ChildId, string Name, string LocalId, string? Team, bool MissingNow, DateTimeOffset MissingFrom, int EpisodesInSixMonths, int HoursMissing,
        DateTimeOffset? Returned, DateTimeOffset? RhiOffered, string? RhiOutcome, DateTimeOffset? RhiConcludedOn, bool? ParentsEngaged,
        DateTimeOffset? ExploitationAssessed, string? ManagerOutcome, string? NextDuty, DateTimeOffset? NextDutyDue, string? ContextualConcern,
        DateTimeOffset? SinSent);

    /// <summary>The children of <paramref name="teamIds"/> (null: the whole service) missing between the instants, or missing now; missing now first, then longest missing.</summary>
    public async Task<IReadOnlyList<Row>> ReadAsync(IReadOnlyList<Guid>? teamIds, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var children = db.Children.AsNoTracking().Where(c => teamIds == null || (c.AllocatedTeamId != null && teamIds.Contains(c.AllocatedTeamId.Value)));
        var episodes = await db.Episodes.AsNoTracking()
            .Where(e => e.Category == EpisodeCategory.Missing && children.Any(c => c.Id == e.ChildId)
                        && (e.Status == EpisodeStatus.Open || (e.MissingFrom < end && (e.FoundAt == null || e.FoundAt >= start))))
            .Select(e => new { e.Id, e.ChildId, e.Status, e.MissingFrom, e.FoundAt, e.ReturnHomeInterviewId })
            .ToListAsync(cancellationToken);
        var latest = episodes.GroupBy(e => e.ChildId).Select(g => g.OrderByDescending(e => e.Status == EpisodeStatus.Open).ThenByDescending(e => e.MissingFrom).First()).ToList();
        if (latest.Count == 0)
        {
            return [];
        }

        var ids = latest.Select(e => e.ChildId).ToList();
        var people = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.LocalId, Team = db.Teams.Where(t => t.Id == c.AllocatedTeamId).Select(t => t.Name).FirstOrDefault() })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var sixMonths = now.AddMonths(-EpisodeMonths);
        var recent = (await db.Episodes.AsNoTracking()
                .Where(e => ids.Contains(e.ChildId) && e.Category == EpisodeCategory.Missing && e.MissingFrom >= sixMonths)
                .GroupBy(e => e.ChildId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);
        var rhis = await db.ReturnHomeInterviews.AsNoTracking().Where(r => ids.Contains(r.ChildId))
            .Select(r => new Rhi(r.Id, r.Status, r.ConcludedAs, r.InterviewedAt, r.SentForAuthorisationAt, r.ParentsCarersViews != null && r.ParentsCarersViews != "",
                r.AcceptedAt, r.SupersededById))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var rhiIds = rhis.Keys.ToList();
        var offered = (await db.DutyTasks.AsNoTracking()
                .Where(t => t.ReturnHomeInterviewId != null && rhiIds.Contains(t.ReturnHomeInterviewId.Value) && t.RuleId == RuleIds.RhiOffer
                            && t.Type == TaskType.ReturnHomeInterview && t.Status == DutyStatus.Done)
                .Select(t => new { Rhi = t.ReturnHomeInterviewId!.Value, t.ClosedAt }).ToListAsync(cancellationToken))
            .GroupBy(t => t.Rhi).ToDictionary(g => g.Key, g => g.Min(t => t.ClosedAt));
        var assessments = (await db.RiskAssessments.AsNoTracking().Where(r => ids.Contains(r.ChildId) && r.SentForAuthorisationAt != null)
                .Select(r => new { r.ChildId, r.SentForAuthorisationAt, Category = r.AssessorCategory ?? r.SuggestedCategory, r.PrincipalConcern }).ToListAsync(cancellationToken))
            .GroupBy(r => r.ChildId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.SentForAuthorisationAt).ToList());
        var decisions = (await db.AuthorisationDecisions.AsNoTracking().Where(d => ids.Contains(d.ChildId) && d.Decision == Decision.Authorised && d.Outcome != null)
                .Select(d => new { d.ChildId, d.DecidedAt, d.Outcome }).ToListAsync(cancellationToken))
            .ToLookup(d => d.ChildId);
        var duties = (await db.DutyTasks.AsNoTracking().Where(t => ids.Contains(t.ChildId) && t.Status == DutyStatus.Open)
                .Select(t => new { t.ChildId, t.Title, t.DueAt }).ToListAsync(cancellationToken))
            .GroupBy(t => t.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.DueAt).First());
        var sins = (await db.FiledDocuments.AsNoTracking().Where(d => ids.Contains(d.ChildId) && d.Kind == DocumentKind.SeriousIncidentNotification)
                .Select(d => new { d.ChildId, d.FiledAt }).ToListAsync(cancellationToken))
            .ToLookup(d => d.ChildId, d => d.FiledAt);

        var rows = new List<Row>();
        foreach (var episode in latest)
        {
            var child = people[episode.ChildId];
            var rhi = Current(episode.ReturnHomeInterviewId, rhis);
            var outcome = rhi is null ? null : Outcome(rhi);
            var assessed = assessments.GetValueOrDefault(episode.ChildId) ?? [];
            var lastAssessment = assessed.FirstOrDefault();
            var decision = decisions[episode.ChildId].Where(d => d.DecidedAt >= episode.MissingFrom).MaxBy(d => d.DecidedAt);
            var next = duties.GetValueOrDefault(episode.ChildId);
            rows.Add(new Row(
                episode.ChildId, $"{child.FirstName} {child.LastName}", child.LocalId, child.Team, episode.Status == EpisodeStatus.Open, episode.MissingFrom,
                recent.GetValueOrDefault(episode.ChildId), (int)((episode.FoundAt ?? now) - episode.MissingFrom).TotalHours, episode.FoundAt,
                rhi is null ? null : Chain(episode.ReturnHomeInterviewId, rhis).Select(offered.GetValueOrDefault).Where(o => o is not null).Min() ?? rhi.AcceptedAt ?? rhi.InterviewedAt,
                outcome is { } concluded ? (concluded == RhiStatus.Completed ? "Held" : Words.Of(concluded)) : null,
                outcome is null ? null : rhi!.InterviewedAt ?? rhi.SentForAuthorisationAt,
                outcome is null ? null : rhi!.ParentsViewsRecorded,
                assessed.Where(a => a.SentForAuthorisationAt >= episode.MissingFrom).Select(a => a.SentForAuthorisationAt).FirstOrDefault(),
                decision?.Outcome is { } o ? Words.Of(o) : null,
                next?.Title, next?.DueAt,
                lastAssessment is null ? null : Category(lastAssessment.Category) + (string.IsNullOrWhiteSpace(lastAssessment.PrincipalConcern) ? "" : $": {lastAssessment.PrincipalConcern.Trim()}"),
                sins[episode.ChildId].Where(at => at >= episode.MissingFrom).Order().Cast<DateTimeOffset?>().FirstOrDefault()));
        }

        return [.. rows.OrderByDescending(r => r.MissingNow).ThenByDescending(r => r.HoursMissing).ThenBy(r => r.LocalId, StringComparer.Ordinal)];
    }

    /// <summary>The report's table: the same rows on screen, in the CSV and in the workbook.</summary>
    public static ReportTable Table(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ReportTable("Head of Service update", Columns,
            [.. rows.Select(r => new ReportRow(
                [r.Name, r.LocalId, r.Team, r.MissingNow, r.MissingFrom, r.EpisodesInSixMonths, r.HoursMissing, r.Returned, r.RhiOffered, r.RhiOutcome,
                    r.RhiConcludedOn, r.ParentsEngaged, r.ExploitationAssessed, r.ManagerOutcome, r.NextDuty, r.NextDutyDue, r.ContextualConcern, r.SinSent],
                r.ChildId))]);
    }

    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("Child", LinksToChild: true), new("Local ID"), new("Team"), new("Missing now"), new("Missing from"), new("Episodes in the last six months"),
        new("Hours missing"), new("Returned"), new("RHI offered"), new("RHI held, declined or no contact"), new("RHI held or concluded"),
        new("Parents or carers engaged"), new("Exploitation risk assessment completed"), new("Manager's outcome (next steps)"), new("Next duty"),
        new("Next duty due"), new("Contextual safeguarding (exploitation risk)"), new("Serious Incident Notification sent"),
    ];

    private string Category(string code) => profile.Seraf.Categories.FirstOrDefault(c => c.Code == code)?.Label ?? code;

    private static RhiStatus? Outcome(Rhi rhi) =>
        rhi.ConcludedAs ?? (rhi.Status is RhiStatus.Completed or RhiStatus.Declined or RhiStatus.NoContact ? rhi.Status : null);

    /// <summary>An RHI and its corrected versions, oldest first.</summary>
    private static IEnumerable<Guid> Chain(Guid? id, Dictionary<Guid, Rhi> rhis)
    {
        for (var n = 0; id is { } current && rhis.TryGetValue(current, out var rhi) && n < 100; n++)
        {
            yield return current;
            id = rhi.SupersededById;
        }
    }

    /// <summary>The latest version of the episode's RHI (a correction supersedes it).</summary>
    private static Rhi? Current(Guid? id, Dictionary<Guid, Rhi> rhis) =>
        Chain(id, rhis).Select(rhis.GetValueOrDefault).LastOrDefault();

    private sealed record Rhi(Guid Id, RhiStatus Status, RhiStatus? ConcludedAs, DateTimeOffset? InterviewedAt, DateTimeOffset? SentForAuthorisationAt,
        bool ParentsViewsRecorded, DateTimeOffset? AcceptedAt, Guid? SupersededById);
}
