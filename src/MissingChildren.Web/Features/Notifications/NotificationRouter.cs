using FluentValidation;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notices;
using MissingChildren.Domain.Notifications;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Features.Administration.Teams;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notifications;

/// <summary>
/// Routes a notification once its child is known, whether linked at once by the API intake (ReceiveNotification) or
/// by a Front Door officer at triage (LinkNotification, CreateChildFromNotification): a missing or absent report opens
/// the child's episode (or updates the open one), a found report closes it; the episode is held by the right team
/// (R2, R3: <see cref="EpisodeRouting"/>) and its duties raised (DutyScheduler) in the caller's transaction. Loads, asks the domain and adds to
/// the context; the caller saves.
/// </summary>
public sealed class NotificationRouter(AppDbContext db, DutyScheduler duties, PolicyProfile profile, ICurrentActor actor)
{
    /// <summary>Links the notification to the child and routes it. Returns the episode, or null when a found report has no episode to close.</summary>
    public async Task<MissingEpisode?> RouteAsync(Notification notification, Child child, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (child.Involvements.Count == 0 && db.Entry(child).State != EntityState.Added)
        {
            await db.Entry(child).Collection(c => c.Involvements).LoadAsync(cancellationToken);
        }

        var episode = notification.Kind == NotificationKind.Found
            ? await ReturnAsync(notification, child, now, cancellationToken)
            : await OpenAsync(notification, child, now, cancellationToken);
        if (episode is null)
        {
            return null;
        }

        notification.Triage = TriageStatus.Linked;
        notification.ChildId = child.Id;
        notification.EpisodeId = episode.Id;
        await duties.ApplyAsync([episode.Id], now, cancellationToken);
        return episode;
    }

    /// <summary>R1: the child a notification names for certain: by local id, or one exact match of name and date of birth.</summary>
    public async Task<Child?> ExactMatchAsync(Notification n, CancellationToken cancellationToken)
    {
        if (n.ChildLocalId is { } localId)
        {
            return await db.Children.Include(c => c.Involvements).SingleOrDefaultAsync(c => c.LocalId == localId, cancellationToken);
        }

        if (n.ChildFirstName is null || n.ChildLastName is null || n.ChildDateOfBirth is null)
        {
            return null;
        }

        var first = n.ChildFirstName.ToUpperInvariant();
        var last = n.ChildLastName.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a case-insensitive match on every provider.
        var matches = await db.Children.Include(c => c.Involvements)
            .Where(c => c.FirstName.ToUpper() == first && c.LastName.ToUpper() == last && c.DateOfBirth == n.ChildDateOfBirth)
            .Take(2)
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>A missing or absent report: a new episode, or the child's open one (re-categorised when police now say missing).</summary>
    private async Task<MissingEpisode?> OpenAsync(Notification n, Child child, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var category = n.Kind == NotificationKind.Absent ? EpisodeCategory.Absent : EpisodeCategory.Missing;
        var open = await db.Episodes.Include(e => e.CategoryChanges)
            .Where(e => e.ChildId == child.Id && e.Status == EpisodeStatus.Open)
            .OrderByDescending(e => e.MissingFrom)
            .FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            if (open.Category == EpisodeCategory.Absent && category == EpisodeCategory.Missing)
            {
                open.CategoryChanges.Add(new EpisodeCategoryChange
                {
                    EpisodeId = open.Id,
                    From = EpisodeCategory.Absent,
                    To = EpisodeCategory.Missing,
                    At = now,
                    Reason = $"A missing report was received ({n.Source} {n.SourceReference})",
                    ChangedBy = actor.Name,
                });
                open.Category = EpisodeCategory.Missing;
            }

            open.PoliceRiskLevel = n.PoliceRiskLevel ?? open.PoliceRiskLevel;
            return open;
        }

        var episode = new MissingEpisode
        {
            ChildId = child.Id,
            Category = category,
            Status = EpisodeStatus.Open,
            MissingFrom = n.MissingFrom!.Value,
            ReportedAt = n.ReportedAt ?? now,
            NotifiedAt = now,
            PoliceRiskLevel = n.PoliceRiskLevel,
            LastSeenLocation = n.LastSeenLocation,
            HoldingTeamId = EpisodeRouting.HoldingTeam(profile.Intake, child, await FrontDoorAsync(child, cancellationToken)),
        };
        db.Episodes.Add(episode);
        ClaimOpenEpisode(child);
        if (category == EpisodeCategory.Missing)
        {
            await MissingPersonProfiles.WhileMissingPrefill.FillAsync(db, n, episode, actor.Name, now, cancellationToken);
        }

        await AlertPractitionersAsync(child, episode, now, cancellationToken);
        return episode;
    }

    /// <summary>
    /// A child has one open episode at a time. Two reports about the same child arriving at once would each find none
    /// and open one; renewing the child's version makes the second save fail on the child's concurrency token, and the
    /// intake then reads again and joins the episode the first one opened.
    /// </summary>
    private void ClaimOpenEpisode(Child child)
    {
        if (db.Entry(child).State != EntityState.Added)
        {
            child.Version = Guid.NewGuid();
        }
    }

    /// <summary>
    /// R2, R3: the practitioners <see cref="EpisodeRouting.AlertFor"/> names get an in-app notice and an e-mail each,
    /// linking to the episode by id, with nothing about the child in them.
    /// </summary>
    private async Task AlertPractitionersAsync(Child child, MissingEpisode episode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var managers = child.AllocatedTeamId is { } teamId
            ? await db.Users.Where(u => u.TeamId == teamId && u.LockoutEnd == null)
                .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.Id, ur.RoleId })
                .Join(db.Roles.Where(r => r.Name == Roles.TeamManager), x => x.RoleId, r => r.Id, (x, _) => x.Id)
                .ToListAsync(cancellationToken)
            : [];
        var alert = EpisodeRouting.AlertFor(child, episode.Category, managers);
        foreach (var userId in alert.Recipients)
        {
            db.Notices.Add(new Notice
            {
                UserId = userId,
                CreatedAt = now,
                Title = alert.Title,
                Link = Links.Episode(episode.Id),
                EmailStatus = EmailStatus.Pending,
            });
        }
    }

    /// <summary>A found report: closes the episode it relates to, or the child's open one.</summary>
    private async Task<MissingEpisode?> ReturnAsync(Notification n, Child child, DateTimeOffset now, CancellationToken cancellationToken)
    {
        MissingEpisode? episode = null;
        if (n.RelatesTo is { } reference)
        {
            var episodeId = await db.Notifications
                .Where(m => m.Source == n.Source && m.SourceReference == reference && m.Kind != NotificationKind.Found && m.ChildId == child.Id)
                .Select(m => m.EpisodeId)
                .FirstOrDefaultAsync(cancellationToken);
            episode = episodeId is { } id ? await db.Episodes.FindAsync([id], cancellationToken) : null;
        }

        episode ??= await db.Episodes
            .Where(e => e.ChildId == child.Id && e.Status == EpisodeStatus.Open)
            .OrderByDescending(e => e.MissingFrom)
            .FirstOrDefaultAsync(cancellationToken);

        if (episode is null)
        {
            // Found without a missing report we know of: record the whole episode when we know when it began.
            if (n.MissingFrom is not { } missingFrom)
            {
                return null;
            }

            episode = new MissingEpisode
            {
                ChildId = child.Id,
                Category = EpisodeCategory.Missing,
                Status = EpisodeStatus.Open,
                MissingFrom = missingFrom,
                ReportedAt = n.ReportedAt ?? n.FoundAt!.Value,
                NotifiedAt = now,
                PoliceRiskLevel = n.PoliceRiskLevel,
                HoldingTeamId = EpisodeRouting.FrontDoorHolds(child, await FrontDoorAsync(child, cancellationToken)),
            };
            db.Episodes.Add(episode);
            ClaimOpenEpisode(child);
        }

        if (episode.Status != EpisodeStatus.Open)
        {
            return episode;
        }

        if (n.FoundAt < episode.MissingFrom)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(ReceiveNotification.Command.FoundAt), "The child cannot be found before they went missing")]);
        }

        episode.Status = EpisodeStatus.Returned;
        episode.FoundAt = n.FoundAt;
        episode.FoundLocation = n.FoundLocation;
        episode.ReturnKnownAt = now;
        return episode;
    }

    /// <summary>The Front Door team that serves this child (<see cref="TeamRouting"/>).</summary>
    private async Task<Guid?> FrontDoorAsync(Child child, CancellationToken cancellationToken) =>
        TeamRouting.TeamFor(TeamFunction.FrontDoor, child.AllocatedTeamId, child.Address, await RoutingTeams.LoadAsync(db, cancellationToken));
}
