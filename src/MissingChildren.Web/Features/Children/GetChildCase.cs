using System.Text.Json;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Plans;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Time;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Children;

/// <summary>
/// Everything about one child for the case view (screens.md <c>/children/{id}</c>): header and flags, open duties,
/// episodes as a timeline, return interviews, risk assessments, plans, meetings, notes, involvements and history.
/// Only the parts of the record the signed-in person may read (<see cref="ChildAccess.PartsAsync"/>, the need-to-know
/// matrix) are loaded: the others are empty, so no page or partial can show them. Someone who does not work with the
/// child is refused.
/// </summary>
public static class GetChildCase
{
    public sealed record Query(Guid ChildId) : IQuery<Result?>;

    public sealed record Header(
        Guid Id, string LocalId, string Name, DateOnly? DateOfBirth, int? Age, IReadOnlyList<string> Flags,
        string? CeRiskCategory, bool TriggerPlanInPlace, string? AllocatedWorker, string? AllocatedTeam);

    /// <param name="MayCloseAsNotNeeded">R29: a plan not being completed may be closed by recording why (<see cref="DutyCompletion.MayCloseAsNotNeeded"/>).</param>
    public sealed record DutyView(Guid Id, string Type, string Rule, string Title, DateTimeOffset DueAt, bool Overdue, Guid? EpisodeId, Guid? RhiId = null,
        Domain.Policy.PolicyRole? Role = null, string? DueExplanation = null, bool MayCloseAsNotNeeded = false);

    public sealed record EpisodeView(Guid Id, string Category, string Status, DateTimeOffset MissingFrom, DateTimeOffset ReportedAt, DateTimeOffset? FoundAt, string? PoliceRisk, string? LastSeen, string? FoundLocation);

    public sealed record TimelineEvent(DateTimeOffset At, string Title, string? Detail);

    public sealed record RhiView(Guid Id, string Status, DateTimeOffset RequestedAt, DateTimeOffset OfferDueAt, DateTimeOffset? InterviewedAt, string? Team, string? Worker);

    public sealed record AssessmentView(Guid Id, Guid SeriesId, int VersionNumber, bool IsCurrent, string Status, int Score, string SuggestedCategory, string? AssessorCategory, string AssessedBy, DateTimeOffset UpdatedAt);

    public sealed record PlanView(string Type, int VersionNumber, DateTimeOffset SavedAt, string SavedBy);

    public sealed record MeetingView(Guid Id, string Type, DateTimeOffset HeldAt, string? Attendees, string? RiskFactors, string? Actions);

    public sealed record NoteView(Guid Id, string Kind, string Title, DateTimeOffset OccurredAt, string Text, string WrittenBy);

    public sealed record InvolvementView(string Type, DateOnly StartDate, DateOnly? EndDate, string? LegalStatus, string? HomeAuthority);

    public sealed record DocumentView(Guid Id, string Kind, DateTimeOffset SignedAt, string SignedBy, string SentTo, DateTimeOffset FiledAt, string FiledBy);

    public sealed record FieldChange(string Field, string? From, string? To);

    /// <summary>One line of the History tab in words: who (by name), what they did ("Added a case note"), when, and what changed.</summary>
    public sealed record HistoryEntry(DateTimeOffset At, string Actor, string What, IReadOnlyList<string> Changes);

    public sealed record Result(
        Header Child,
        IReadOnlyList<DutyView> OpenDuties,
        EpisodeView? CurrentEpisode,
        int EpisodesIn6Months,
        int EpisodesIn12Months,
        bool ThreeIn90Days,
        RhiView? LastRhi,
        IReadOnlyList<EpisodeView> Episodes,
        IReadOnlyList<TimelineEvent> Timeline,
        IReadOnlyList<RhiView> ReturnInterviews,
        IReadOnlyList<AssessmentView> RiskAssessments,
        IReadOnlyList<PlanView> Plans,
        IReadOnlyList<MeetingView> Meetings,
        IReadOnlyList<NoteView> Notes,
        IReadOnlyList<InvolvementView> Involvements,
        IReadOnlyList<DocumentView> Documents,
        IReadOnlyList<HistoryEntry> History,
        CaseParts Parts);

    /// <summary>The most recent history entries shown.</summary>
    public const int HistoryLimit = 200;

    public sealed class Handler(AppDbContext db, PolicyProfile profile, WorkingCalendar calendar, TimeProvider clock, ChildAccess access) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var child = await db.Children.AsNoTracking().Include(c => c.Involvements).SingleOrDefaultAsync(c => c.Id == query.ChildId, cancellationToken);
            if (child is null)
            {
                return null;
            }

            var may = await access.PartsAsync(child.Id, cancellationToken);
            if (!may.MayRead(RecordPart.Identity))
            {
                throw new ChildAccessDeniedException();
            }

            var team = await db.Teams.AsNoTracking().Where(t => t.Id == child.AllocatedTeamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
            var worker = await db.Users.AsNoTracking().Where(u => u.Id == child.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
                         ?? (child.AllocatedWorkerEmail is { } named ? $"{named} (no account yet: their team manager holds their work)" : null);

            var episodes = !may.MayRead(RecordPart.Episodes) ? [] : (await db.Episodes.AsNoTracking().Where(e => e.ChildId == child.Id).ToListAsync(cancellationToken))
                .OrderByDescending(e => e.MissingFrom).ToList();
            var duties = !may.MayRead(RecordPart.Duties) ? [] : (await db.DutyTasks.AsNoTracking().Where(t => t.ChildId == child.Id).ToListAsync(cancellationToken))
                .OrderBy(t => t.DueAt).ToList();
            var rhis = !may.MayRead(RecordPart.ReturnInterviews) ? [] : (await db.ReturnHomeInterviews.AsNoTracking().Where(r => r.ChildId == child.Id)
                    .Select(r => new
                    {
                        r.Id, r.Status, r.RequestedAt, r.OfferDueAt, r.InterviewedAt,
                        Team = db.Teams.Where(t => t.Id == r.AllocatedTeamId).Select(t => t.Name).FirstOrDefault(),
                        Worker = db.Users.Where(u => u.Id == r.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
                    })
                    .ToListAsync(cancellationToken))
                .OrderByDescending(r => r.RequestedAt)
                .Select(r => new RhiView(r.Id, r.Status.ToString(), r.RequestedAt, r.OfferDueAt, r.InterviewedAt, r.Team, r.Worker))
                .ToList();
            var assessments = !may.MayRead(RecordPart.RiskAssessments) ? [] : (await db.RiskAssessments.AsNoTracking().Where(r => r.ChildId == child.Id).ToListAsync(cancellationToken))
                .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.VersionNumber).ToList();
            var plans = !may.MayRead(RecordPart.Plans) ? [] : (await db.Plans.AsNoTracking().Where(p => p.ChildId == child.Id && p.IsCurrent)
                    .Select(p => new { p.Type, p.VersionNumber, p.SavedAt, p.SavedBy }).ToListAsync(cancellationToken))
                .OrderBy(p => p.Type)
                .Select(p => new PlanView(p.Type.ToString(), p.VersionNumber, p.SavedAt, p.SavedBy)).ToList();
            var meetings = !may.MayRead(RecordPart.Meetings) ? [] : (await db.Meetings.AsNoTracking().Where(m => m.ChildId == child.Id).ToListAsync(cancellationToken))
                .OrderByDescending(m => m.HeldAt)
                .Select(m => new MeetingView(m.Id, m.Type.ToString(), m.HeldAt, m.Attendees, m.RiskFactors, m.Actions)).ToList();
            var notes = !may.MayRead(RecordPart.CaseNotes) ? [] : (await db.CaseNotes.AsNoTracking().Where(n => n.ChildId == child.Id).ToListAsync(cancellationToken))
                .OrderByDescending(n => n.OccurredAt)
                .Select(n => new NoteView(n.Id, n.Kind.ToString(), n.Title, n.OccurredAt, n.Text, n.WrittenBy)).ToList();
            var documents = !may.MayRead(RecordPart.Documents) ? [] : (await db.FiledDocuments.AsNoTracking().Where(d => d.ChildId == child.Id)
                    .Select(d => new { d.Id, d.Kind, d.SignedAt, d.SignedBy, d.SentTo, d.FiledAt, d.FiledBy }).ToListAsync(cancellationToken))
                .OrderByDescending(d => d.FiledAt)
                .Select(d => new DocumentView(d.Id, Domain.Documents.DocumentText.Title(d.Kind), d.SignedAt, d.SignedBy, d.SentTo, d.FiledAt, d.FiledBy)).ToList();
            var audit = !may.MayRead(RecordPart.History) ? [] : (await db.AuditEntries.AsNoTracking().Where(a => a.ChildId == child.Id)
                    .OrderByDescending(a => a.Id).Take(HistoryLimit).ToListAsync(cancellationToken))
                .ToList();
            var actors = audit.Select(a => a.Actor).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => actors.Contains(u.UserName!))
                .Select(u => new { u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
            var history = audit
                .Select(a => new HistoryEntry(a.At, names.GetValueOrDefault(a.Actor) ?? (a.Actor == Infrastructure.Identity.HttpContextActor.System ? "The service" : a.Actor),
                    Administration.Audit.AuditText.What(a.Action, a.EntityType, a.Changes), Administration.Audit.AuditText.Changes(a.EntityType, a.Changes, shorten: true)))
                .ToList();

            var current = assessments.FirstOrDefault(a => a.IsCurrent);
            var ceCategory = current is null ? null : CategoryLabel(current.AssessorCategory ?? current.SuggestedCategory);
            var triggerPlan = plans.Any(p => p.Type == nameof(PlanType.TriggerPlan));
            var open = may.MayRead(RecordPart.Involvements) ? child.OpenInvolvementTypes : new HashSet<InvolvementType>();
            var flags = new List<string>();
            if (may.MayRead(RecordPart.Involvements) && child.IsOurLookedAfterChild)
            {
                flags.Add(Words.Of(InvolvementType.CLA));
            }

            if (open.Contains(InvolvementType.CP))
            {
                flags.Add(Words.Of(InvolvementType.CP));
            }

            if (open.Contains(InvolvementType.CIN))
            {
                flags.Add(Words.Of(InvolvementType.CIN));
            }

            if (open.Contains(InvolvementType.CLAOtherAuthority))
            {
                flags.Add(Words.Of(InvolvementType.CLAOtherAuthority));
            }

            if (child.IsUnaccompaniedAsylumSeeker)
            {
                flags.Add("Unaccompanied asylum-seeking child");
            }

            var starts = episodes.Select(e => e.MissingFrom).ToList();
            var header = new Header(
                child.Id, child.LocalId, child.FullName, child.DateOfBirth, child.AgeToday(now, calendar), flags,
                ceCategory, triggerPlan, worker, team);

            // R30: the manager's decisions, with the outcome and rationale, on the child's timeline: each with the part it decided on.
            var decisions = (await db.AuthorisationDecisions.AsNoTracking().Where(d => d.ChildId == child.Id).ToListAsync(cancellationToken))
                .Where(d => may.MayRead(d.ReturnHomeInterviewId is null ? RecordPart.RiskAssessments : RecordPart.ReturnInterviews))
                .Select(Authorisations.GetDecisions.View).ToList();
            var timeline = Timeline(episodes, rhis, meetings, assessments, decisions);
            // R41, R42, R44: other areas, trafficking, and the partners told or referred to.
            timeline = [.. timeline.Concat(await Partners.PartnerTimeline.EventsAsync(db, child.Id, episodes, cancellationToken)).OrderByDescending(e => e.At)];
            return new Result(
                header,
                [.. duties.Where(t => t.Status == DutyStatus.Open).Select(t => new DutyView(t.Id, t.Type.ToString(), t.RuleId, t.Title, t.DueAt, t.IsOverdueAt(now), t.EpisodeId, t.ReturnHomeInterviewId, t.AssigneeRole,
                    t.DueExplanation, DutyCompletion.MayCloseAsNotNeeded(t.Type, profile)))],
                episodes.Where(e => e.Status != EpisodeStatus.Closed).Select(View).FirstOrDefault(),
                starts.Count(s => s >= now.AddMonths(-6)),
                starts.Count(s => s >= now.AddMonths(-12)),
                RepeatMissing.IsRepeat(starts),
                rhis.FirstOrDefault(),
                [.. episodes.Select(View)],
                timeline,
                rhis,
                [.. assessments.Select(a => new AssessmentView(a.Id, a.SeriesId, a.VersionNumber, a.IsCurrent, a.Status.ToString(), a.Score, CategoryLabel(a.SuggestedCategory), a.AssessorCategory is null ? null : CategoryLabel(a.AssessorCategory), a.AssessedBy, a.UpdatedAt))],
                plans,
                meetings,
                notes,
                [.. child.Involvements.Where(_ => may.MayRead(RecordPart.Involvements)).OrderByDescending(i => i.StartDate).Select(i => new InvolvementView(i.Type.ToString(), i.StartDate, i.EndDate, i.LegalStatus, i.HomeAuthority))],
                documents,
                history,
                may);
        }

        private string CategoryLabel(string code) => profile.Seraf.Categories.FirstOrDefault(c => c.Code == code)?.Label ?? code;

        private static EpisodeView View(MissingEpisode e) =>
            new(e.Id, e.Category.ToString(), e.Status.ToString(), e.MissingFrom, e.ReportedAt, e.FoundAt, e.PoliceRiskLevel?.ToString(), e.LastSeenLocation, e.FoundLocation);

        private static List<TimelineEvent> Timeline(
            List<MissingEpisode> episodes, List<RhiView> rhis, List<MeetingView> meetings, List<RiskAssessment> assessments,
            List<Authorisations.GetDecisions.DecisionView> decisions)
        {
            var events = new List<TimelineEvent>();
            foreach (var e in episodes)
            {
                events.Add(new(e.MissingFrom, e.Category == EpisodeCategory.Absent ? "Absent" : "Missing", e.LastSeenLocation is null ? null : $"Last seen: {e.LastSeenLocation}"));
                events.Add(new(e.ReportedAt, "Reported", e.PoliceRiskLevel is { } risk ? $"Police risk: {risk}" : null));
                if (e.FoundAt is { } found)
                {
                    events.Add(new(found, "Found", e.FoundLocation is null ? null : $"Found at: {e.FoundLocation}"));
                }

                // R8, R30, R34: the condition the episode closed under.
                if (e.ClosedAt is { } closed && e.ClosedAs is { } closedAs)
                {
                    events.Add(new(closed, "Episode closed", $"Closed: {EpisodeClosing.Describe(closedAs)}"));
                }
            }

            foreach (var r in rhis)
            {
                events.Add(new(r.RequestedAt, "Return home interview requested", $"Offer due by {Infrastructure.Web.DeadlineText.Local(r.OfferDueAt)}"));
                if (r.InterviewedAt is { } done)
                {
                    events.Add(new(done, "Return home interview done", null));
                }
            }

            events.AddRange(meetings.Select(m => new TimelineEvent(m.HeldAt, MeetingTitle(m.Type), null)));
            events.AddRange(assessments.Where(a => a.SentForAuthorisationAt is not null)
                .Select(a => new TimelineEvent(a.SentForAuthorisationAt!.Value, "Risk assessment sent for authorisation", $"Version {a.VersionNumber}")));
            events.AddRange(decisions.Select(d => new TimelineEvent(d.DecidedAt, d.Headline,
                $"{d.Subject}. {(d.Authorised ? "Rationale" : "Reason")}: {d.Reason} (by {d.DecidedBy})")));
            return [.. events.OrderByDescending(e => e.At)];
        }

        public static string MeetingTitle(string type) => Words.Of<MeetingType>(type);

        /// <summary>The audit JSON read into field names and values: the page never shows raw JSON.</summary>
        public static IReadOnlyList<FieldChange> ReadChanges(string? json)
        {
            if (string.IsNullOrWhiteSpace(json))
            {
                return [];
            }

            try
            {
                using var document = JsonDocument.Parse(json);
                var list = new List<FieldChange>();
                foreach (var field in document.RootElement.EnumerateObject())
                {
                    string? from = null, to = null;
                    if (field.Value.ValueKind == JsonValueKind.Object)
                    {
                        if (field.Value.TryGetProperty("from", out var f))
                        {
                            from = Text(f);
                        }

                        if (field.Value.TryGetProperty("to", out var t))
                        {
                            to = Text(t);
                        }
                    }
                    else
                    {
                        to = Text(field.Value);
                    }

                    list.Add(new FieldChange(field.Name, from, to));
                }

                return list;
            }
            catch (JsonException)
            {
                return [];
            }
        }

        private static string? Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
