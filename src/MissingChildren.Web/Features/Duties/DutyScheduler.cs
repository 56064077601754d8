using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Teams;
using MissingChildren.Data;
using MissingChildren.Web.Features.Administration.Teams;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Duties;

/// <summary>
/// Applies the duty engine to episodes: gathers the facts in a few set-based queries, asks the engine which duties
/// must exist now, raises those not raised yet, opens the RHI a returned child needs (R17, R26) and cancels
/// while-missing duties not yet due when the child is found. Adds to the context; the caller saves, so a
/// notification and its duties are one transaction.
/// </summary>
public sealed class DutyScheduler(AppDbContext db, DutyEngine engine)
{
    private IReadOnlyList<Team>? _teams;

    /// <summary>Raises the duties of these episodes (loaded from the database or tracked) as at <paramref name="now"/>.</summary>
    /// <returns>How many duties were raised.</returns>
    public async Task<int> ApplyAsync(IReadOnlyCollection<Guid> episodeIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (episodeIds.Count == 0)
        {
            return 0;
        }

        var ids = episodeIds.ToList();
        // Tracked episodes and children not saved yet (a notification being received) count as well as stored ones.
        var episodes = (await db.Episodes.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken))
            .Concat(db.Episodes.Local.Where(e => ids.Contains(e.Id)))
            .DistinctBy(e => e.Id)
            .ToList();
        var childIds = episodes.Select(e => e.ChildId).Distinct().ToList();
        var children = (await db.Children.Include(c => c.Involvements).Where(c => childIds.Contains(c.Id)).ToListAsync(cancellationToken))
            .Concat(db.Children.Local.Where(c => childIds.Contains(c.Id)))
            .DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id);

        await CountHistoryAsync(episodes, childIds, cancellationToken);

        // R28: when each child's latest exploitation assessment was completed (sent for authorisation).
        var ceAssessedAt = (await db.RiskAssessments
                .Where(r => childIds.Contains(r.ChildId) && r.SentForAuthorisationAt != null)
                .Select(r => new { r.ChildId, r.SentForAuthorisationAt })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.ChildId)
            .ToDictionary(g => g.Key, g => g.Max(r => r.SentForAuthorisationAt));

        var inProgress = await db.ReturnHomeInterviews
            .Where(r => childIds.Contains(r.ChildId) && ReturnHomeInterview.InProgressStatuses.Contains(r.Status))
            .ToListAsync(cancellationToken);
        var rhiIds = episodes.Where(e => e.ReturnHomeInterviewId != null).Select(e => e.ReturnHomeInterviewId!.Value).ToList();
        var rhis = await db.ReturnHomeInterviews.Where(r => rhiIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var r in inProgress)
        {
            rhis.TryAdd(r.Id, r);
        }

        // R26: a return that joins an RHI in progress must see that RHI's duties, or it would raise them again.
        var rhiTaskIds = rhiIds.Concat(inProgress.Select(r => r.Id)).Distinct().ToList();
        var tasks = await db.DutyTasks
            .Where(t => (t.EpisodeId != null && ids.Contains(t.EpisodeId.Value)) || (t.ReturnHomeInterviewId != null && rhiTaskIds.Contains(t.ReturnHomeInterviewId.Value)))
            .ToListAsync(cancellationToken);
        var keys = tasks.Select(t => t.DedupeKey).Concat(db.DutyTasks.Local.Select(t => t.DedupeKey)).ToHashSet(StringComparer.Ordinal);

        var raised = 0;
        foreach (var episode in episodes)
        {
            var child = children[episode.ChildId];
            var childFacts = Facts(child, now);
            var episodeFacts = Facts(episode);
            var history = new HistoryFacts(episode.EpisodeNumber, episode.EpisodesInLast90Days, episode.NotificationsAboutChild,
                ceAssessedAt.GetValueOrDefault(episode.ChildId));

            var rhi = EnsureReturnInterview(child, childFacts, episode, episodeFacts, rhis);
            var rhiFacts = rhi is null ? null : Facts(rhi);
            // The teams that serve this child, by their team and area (TeamRouting), for each duty raised below.
            var teams = TeamRouting.TeamsFor(child, _teams ??= await RoutingTeams.LoadAsync(db, cancellationToken));

            foreach (var requirement in engine.Plan(childFacts, episodeFacts, history, rhiFacts, now))
            {
                if (keys.Add(requirement.Key))
                {
                    var task = DutyAssignment.Raise(requirement, child, episode.Id, teams, now);

                    // R21: an interviewer's duty raised on an RHI already allocated (holding and writing it up) goes to its worker.
                    if (rhi is { AllocatedWorkerId: { } worker } && task.ReturnHomeInterviewId == rhi.Id && task.AssigneeRole == Domain.Policy.PolicyRole.RhiWorker
                        && DutyAssignment.InterviewerRules.Contains(task.RuleId))
                    {
                        task.AssigneeUserId = worker;
                        task.AssigneeTeamId = rhi.AllocatedTeamId ?? task.AssigneeTeamId;
                    }

                    db.DutyTasks.Add(task);
                    raised++;
                }
            }

            if (episode.Status != EpisodeStatus.Open && episode.FoundAt is { } found)
            {
                // A missing report that arrived late raised duties the found report shows were never due: cancelled, saying why.
                var neverDue = engine.NeverDue(childFacts, episodeFacts, now);
                foreach (var task in tasks.Where(t => t.EpisodeId == episode.Id && t.IsOpen && neverDue.ContainsKey(t.DedupeKey)))
                {
                    task.Cancel(now, neverDue[task.DedupeKey]);
                }

                foreach (var task in tasks.Where(t => t.EpisodeId == episode.Id && DutyAssignment.EndsOnFinding(t, found)))
                {
                    task.Cancel(now, DutyAssignment.FoundBeforeDue);
                }
            }

            // R8, R30, R34: an episode without our RHI closes once the protocol's conditions hold.
            Episodes.EpisodeCloser.CloseIfDone(engine, episode, childFacts, episodeFacts, tasks.Concat(db.DutyTasks.Local), now);
        }

        return raised;
    }

    public ChildFacts Facts(Child child, DateTimeOffset now) => new(
        child.Id,
        child.AgeToday(now, engine.Calendar),
        child.OpenInvolvementTypes,
        // A worker the case management system named counts before they have an account: their team manager holds the work meanwhile.
        child.AllocatedWorkerId is not null || child.AllocatedWorkerEmail is not null,
        child.IsUnaccompaniedAsylumSeeker);

    private static RhiFacts Facts(ReturnHomeInterview rhi) => new(
        rhi.Id,
        rhi.RequestedAt,
        rhi.InterviewerChoice == InterviewerChoice.IndependentPerson && rhi.IndependentPersonChosenAt is { } chosen && rhi.IndependentRequestDueAt is { } due
            ? new IndependentRequestFacts(chosen, due, rhi.IndependentRequestedAt, rhi.IndependentResponseAt, rhi.PlannedInterviewDate)
            : null,
        !rhi.IsInProgress,
        Allocated: rhi.AllocatedWorkerId is not null,
        AcceptedAt: rhi.AcceptedAt,
        InterviewedAt: rhi.InterviewedAt,
        Sent: rhi.SentForAuthorisationAt is not null || rhi.IsLocked || rhi.SupersededById is not null);

    private static EpisodeFacts Facts(MissingEpisode episode) => new(
        episode.Id, episode.Category, episode.Status, episode.MissingFrom, episode.NotifiedAt, episode.FoundAt, episode.ReturnKnownAt, episode.PoliceRiskLevel,
        episode.RhiFormReceivedAt,
        // R41, R42: the other areas, once recorded.
        episode.OtherAreasRecordedAt is { } areasAt
            ? new OtherAreaFacts(areasAt, episode.MissingFromArea, episode.FoundInArea,
                episode.FamilyMissing ? Domain.Partners.PartnerRecord.Authorities(episode.FamilyAuthorities) : [])
            : null,
        episode.TraffickingGroundsRecordedAt);

    /// <summary>
    /// The history the repeat rules count (R9, R32, R33), worked out once, when the engine first sees an episode or a
    /// new notification about it, and kept on the episode: the every-minute sweep never re-reads a child's history.
    /// </summary>
    private async Task CountHistoryAsync(List<MissingEpisode> episodes, List<Guid> childIds, CancellationToken cancellationToken)
    {
        var notified = db.Notifications.Local
            .Where(n => n.EpisodeId is not null && db.Entry(n).State == EntityState.Added)
            .Select(n => n.EpisodeId!.Value)
            .ToHashSet();
        var stale = episodes.Where(e => e.EpisodeNumber == 0 || notified.Contains(e.Id)).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        var staleChildren = stale.Select(e => e.ChildId).Distinct().ToList();
        var starts = (await db.Episodes.Where(e => staleChildren.Contains(e.ChildId)).Select(e => new { e.Id, e.ChildId, e.MissingFrom }).ToListAsync(cancellationToken))
            .Concat(db.Episodes.Local.Where(e => staleChildren.Contains(e.ChildId)).Select(e => new { e.Id, e.ChildId, e.MissingFrom }))
            .DistinctBy(e => e.Id)
            .ToLookup(e => e.ChildId, e => e.MissingFrom);

        // R9 (001 §4.3) counts the missing and absent notifications about the child, not the found ones.
        var notifications = (await db.Notifications.Where(n => n.ChildId != null && staleChildren.Contains(n.ChildId.Value) && n.Kind != NotificationKind.Found)
                .GroupBy(n => n.ChildId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);
        foreach (var added in db.Notifications.Local.Where(n => n.ChildId is { } c && staleChildren.Contains(c) && n.Kind != NotificationKind.Found && db.Entry(n).State == EntityState.Added))
        {
            notifications[added.ChildId!.Value] = notifications.GetValueOrDefault(added.ChildId!.Value) + 1;
        }

        foreach (var episode in stale)
        {
            var before = starts[episode.ChildId].Where(s => s <= episode.MissingFrom).ToList();
            episode.EpisodeNumber = Math.Max(1, before.Count);
            // R33: counted exactly as the case view's repeat-missing warning counts.
            episode.EpisodesInLast90Days = Math.Max(1, RepeatMissing.EpisodesInWindowEndingAt(before, episode.MissingFrom));
            episode.NotificationsAboutChild = Math.Max(1, notifications.GetValueOrDefault(episode.ChildId));
        }
    }

    /// <summary>
    /// An RHI asked for after the return (a manager's R34 decision) for this episode: the child's RHI still in progress
    /// where one covers several episodes (R26), else a new one running from <paramref name="requestedAt"/>.
    /// </summary>
    public async Task<ReturnHomeInterview> RequestReturnInterviewAsync(MissingEpisode episode, DateTimeOffset requestedAt, CancellationToken cancellationToken)
    {
        var rhi = engine.OneRhiCoversOpenEpisodes
            ? await db.ReturnHomeInterviews.Where(r => r.ChildId == episode.ChildId && ReturnHomeInterview.InProgressStatuses.Contains(r.Status))
                .OrderBy(r => r.RequestedAt).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (rhi is null)
        {
            rhi = engine.NewReturnInterview(episode.ChildId, requestedAt);
            db.ReturnHomeInterviews.Add(rhi);
        }

        episode.ReturnHomeInterviewId = rhi.Id;
        return rhi;
    }

    /// <summary>R17, R26: the RHI a returned child needs: a new one, or the one still in progress.</summary>
    private ReturnHomeInterview? EnsureReturnInterview(Child child, ChildFacts childFacts, MissingEpisode episode, EpisodeFacts facts, Dictionary<Guid, ReturnHomeInterview> rhis)
    {
        if (episode.ReturnHomeInterviewId is { } existing)
        {
            return rhis.GetValueOrDefault(existing) ?? db.ReturnHomeInterviews.Local.FirstOrDefault(r => r.Id == existing);
        }

        if (!engine.NeedsReturnInterview(childFacts, facts) || episode.ReturnKnownAt is not { } returnKnown)
        {
            return null;
        }

        var rhi = engine.OneRhiCoversOpenEpisodes
            ? rhis.Values.Concat(db.ReturnHomeInterviews.Local).Where(r => r.ChildId == child.Id && r.IsInProgress).MinBy(r => r.RequestedAt)
            : null;
        if (rhi is null)
        {
            // R17: asked for when the return became known; its clock starts where the profile's protocol starts it.
            rhi = engine.NewReturnInterview(child.Id, returnKnown, engine.RhiClock(facts, returnKnown).At);
            db.ReturnHomeInterviews.Add(rhi);
            rhis[rhi.Id] = rhi;
        }

        episode.ReturnHomeInterviewId = rhi.Id;
        return rhi;
    }
}
