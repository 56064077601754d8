using FluentValidation;
using FluentValidation.Results;
using MissingChildren.Data;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features.Duties;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Partners;

/// <summary>What recording a partner duty done (R41, R42, R44) shares: finding the open duty, and what follows its closing.</summary>
internal static class PartnerDuties
{
    /// <summary>The child's open duty of this type; a closed one is a message on <paramref name="property"/>, another child's or type's is not found.</summary>
    public static async Task<DutyTask> OpenAsync(AppDbContext db, Guid childId, Guid taskId, TaskType type, string property, CancellationToken cancellationToken)
    {
        var task = await db.DutyTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.ChildId == childId && t.Type == type, cancellationToken)
                   ?? throw new RecordNotFoundException("No such duty for this child.");
        if (task.Status != DutyStatus.Open)
        {
            throw new ValidationException([new ValidationFailure(property, "This duty has already been closed")]);
        }

        return task;
    }

    /// <summary>R8, R30: the last duty of an episode without our RHI may be what it was waiting for to close.</summary>
    public static async Task AfterClosingAsync(DutyScheduler scheduler, DutyTask task, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (task.EpisodeId is { } episodeId)
        {
            await scheduler.ApplyAsync([episodeId], now, cancellationToken);
        }
    }
}
