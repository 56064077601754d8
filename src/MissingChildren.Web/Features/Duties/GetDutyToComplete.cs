using Mediator;
using MissingChildren.Web.Domain.Duties;
using MissingChildren.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Duties;

/// <summary>One duty of the child's, to record it done (screens.md "complete a duty").</summary>
public static class GetDutyToComplete
{
    public sealed record Query(Guid ChildId, Guid TaskId) : IQuery<Result?>;

    public sealed record Result(Guid TaskId, Guid Version, string Title, string Rule, DateTimeOffset DueAt, DutyStatus Status, string? ClosedReason,
        bool RecordedDirectly, Guid? EpisodeId);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.DutyTasks.AsNoTracking()
                .Where(t => t.Id == query.TaskId && t.ChildId == query.ChildId)
                .Select(t => new Result(t.Id, t.Version, t.Title, t.RuleId, t.DueAt, t.Status, t.ClosedReason, false, t.EpisodeId))
                .SingleOrDefaultAsync(cancellationToken) is { } found
                ? found with { RecordedDirectly = DutyCompletion.IsRecordedDirectly(await db.DutyTasks.Where(t => t.Id == query.TaskId).Select(t => t.Type).SingleAsync(cancellationToken)) }
                : null;
    }
}
