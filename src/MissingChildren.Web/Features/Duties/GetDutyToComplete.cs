using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Duties;

/// <summary>One duty of the child's, to record it done (screens.md "complete a duty"): for those who may read the child's duties.</summary>
public static class GetDutyToComplete
{
    public sealed record Query(Guid ChildId, Guid TaskId) : IQuery<Result?>;

    public sealed record Result(Guid TaskId, Guid Version, string Title, string Rule, DateTimeOffset DueAt, DutyStatus Status, string? ClosedReason,
        bool RecordedDirectly, Guid? EpisodeId, TaskType Type, string? DueExplanation = null, bool NotNeededWithReason = false, string? Partner = null);

    public sealed class Handler(AppDbContext db, PolicyProfile profile, ChildAccess access) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(query.ChildId, RecordPart.Duties, PartAccess.Read, cancellationToken);
            var found = await db.DutyTasks.AsNoTracking()
                .Where(t => t.Id == query.TaskId && t.ChildId == query.ChildId)
                .Select(t => new { t.Id, t.Version, t.Title, t.RuleId, t.DueAt, t.Status, t.ClosedReason, t.Type, t.EpisodeId, t.DueExplanation, t.Partner })
                .SingleOrDefaultAsync(cancellationToken);
            return found is null
                ? null
                : new Result(found.Id, found.Version, found.Title, found.RuleId, found.DueAt, found.Status, found.ClosedReason,
                    DutyCompletion.IsRecordedDirectly(found.Type, found.RuleId), found.EpisodeId, found.Type, found.DueExplanation,
                    DutyCompletion.MayCloseAsNotNeeded(found.Type, profile), found.Partner);
        }
    }
}
