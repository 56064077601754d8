using MissingChildren.Data;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.MissingPersonProfiles;

/// <summary>
/// When a child is reported missing, the "while missing" part of their missing person profile is filled from the
/// report (where and when last seen, the circumstances) as a new version, so the police have it at once; the carers and
/// social worker add the clothing and who the child was with. Adds to the context; the intake saves.
/// </summary>
public static class WhileMissingPrefill
{
    public static async Task FillAsync(AppDbContext db, Notification report, MissingEpisode episode, string savedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(episode);
        var current = await db.MissingPersonProfiles.SingleOrDefaultAsync(p => p.ChildId == episode.ChildId && p.IsCurrent, cancellationToken);
        db.MissingPersonProfiles.Add(MissingPersonProfile.WhileMissing(
            current, episode.ChildId, episode.Id, report.LastSeenLocation, report.MissingFrom, report.Circumstances, savedBy, now));
    }
}
