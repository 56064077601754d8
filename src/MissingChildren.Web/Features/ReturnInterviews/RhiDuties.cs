using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>The one place the duties an RHI step fulfils (or makes unnecessary) are closed.</summary>
public static class RhiDuties
{
    /// <summary>Closes the open duties each <see cref="RhiDutyClosure"/> names, on this RHI (and, where it says, its episodes).</summary>
    public static async Task CloseAsync(AppDbContext db, Guid rhiId, IReadOnlyList<RhiDutyClosure> closures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (closures.Count == 0)
        {
            return;
        }

        var episodeIds = closures.Any(c => c.IncludingEpisodes)
            ? await db.Episodes.Where(e => e.ReturnHomeInterviewId == rhiId).Select(e => (Guid?)e.Id).ToListAsync(cancellationToken)
            : [];
        foreach (var closure in closures)
        {
            var open = db.DutyTasks.Where(t => t.Status == DutyStatus.Open);
            if (closure.Key is { } key)
            {
                open = open.Where(t => t.DedupeKey == key);
            }
            else
            {
                open = closure.IncludingEpisodes
                    ? open.Where(t => t.ReturnHomeInterviewId == rhiId || (t.EpisodeId != null && episodeIds.Contains(t.EpisodeId)))
                    : open.Where(t => t.ReturnHomeInterviewId == rhiId);
                if (closure.Types.Count > 0)
                {
                    var types = closure.Types;
                    open = open.Where(t => types.Contains(t.Type));
                }

                if (closure.RuleId is { } rule)
                {
                    open = open.Where(t => t.RuleId == rule);
                }
            }

            foreach (var task in await open.ToListAsync(cancellationToken))
            {
                _ = closure.Cancelled ? task.Cancel(now, closure.Reason) : task.Complete(now, closure.Reason);
            }
        }
    }
}
