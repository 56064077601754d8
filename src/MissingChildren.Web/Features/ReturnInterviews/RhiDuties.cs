using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>Closing the duties an RHI action fulfils.</summary>
public static class RhiDuties
{
    /// <summary>Marks the open duties of these types on this RHI (or its episodes) done, with the reason.</summary>
    public static async Task CompleteAsync(AppDbContext db, Guid rhiId, IReadOnlyCollection<TaskType> types, string reason, DateTimeOffset now,
        CancellationToken cancellationToken, string? ruleId = null)
    {
        var episodeIds = await db.Episodes.Where(e => e.ReturnHomeInterviewId == rhiId).Select(e => e.Id).ToListAsync(cancellationToken);
        var tasks = await db.DutyTasks
            .Where(t => t.Status == DutyStatus.Open && types.Contains(t.Type)
                && (t.ReturnHomeInterviewId == rhiId || (t.EpisodeId != null && episodeIds.Contains(t.EpisodeId.Value))))
            .ToListAsync(cancellationToken);
        foreach (var task in tasks.Where(t => ruleId is null || t.RuleId == ruleId))
        {
            task.Status = DutyStatus.Done;
            task.ClosedAt = now;
            task.ClosedReason = reason;
        }
    }

    /// <summary>Marks one open duty of this RHI done, found by its key (<see cref="DutyEngine.RhiDutyKey"/>).</summary>
    public static async Task CompleteKeyAsync(AppDbContext db, string key, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = await db.DutyTasks.SingleOrDefaultAsync(t => t.DedupeKey == key && t.Status == DutyStatus.Open, cancellationToken);
        if (task is not null)
        {
            task.Status = DutyStatus.Done;
            task.ClosedAt = now;
            task.ClosedReason = reason;
        }
    }
}
