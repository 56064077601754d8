using Mediator;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>
/// One item waiting for the manager: what it is, whose, which R30 conditions are still missing, and what is being
/// approved (<see cref="ApprovalRecord"/>), so the manager decides without leaving the page.
/// </summary>
public static class GetAuthorisation
{
    public sealed record Query(Guid TaskId) : IQuery<Result?>;

    public sealed record Result(
        Guid TaskId, string Title, string Rule, DutyStatus Status, DateTimeOffset DueAt, Guid ChildId, string ChildName, string LocalId,
        Guid? EpisodeId, Guid? RhiId, Guid? RiskAssessmentId, string? ReturnedReason, IReadOnlyList<string> MissingConditions,
        ApprovalRecord.Record Record, GetDecisions.DecisionView? Decided);

    public sealed class Handler(AppDbContext db, ManagerScope scope, PolicyProfile profile, WorkingCalendar calendar, TimeProvider clock) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            // A team manager sees their own team's; another team's is not found.
            var task = await (await scope.DutiesAsync(cancellationToken)).AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == query.TaskId && t.Type == TaskType.ManagerAuthorisation, cancellationToken);
            if (task is null)
            {
                return null;
            }

            var child = await db.Children.AsNoTracking().Where(c => c.Id == task.ChildId).Select(c => new { c.FirstName, c.LastName, c.LocalId }).SingleAsync(cancellationToken);
            var episode = task.EpisodeId is { } episodeId
                ? await db.Episodes.AsNoTracking().Where(e => e.Id == episodeId).Select(e => new { e.Status, e.Category }).SingleOrDefaultAsync(cancellationToken)
                : null;
            var rhi = task.ReturnHomeInterviewId is { } rhiId
                ? await db.ReturnHomeInterviews.AsNoTracking().Where(r => r.Id == rhiId).Select(r => new { r.ConcludedAs, r.ReturnedReason }).SingleOrDefaultAsync(cancellationToken)
                : null;
            var missing = AuthorisationConditions.Missing(
                episode is null ? [] : [(episode.Status, episode.Category)], rhi?.ConcludedAs, rhiRequired: rhi is not null);

            return new Result(task.Id, task.Title, task.RuleId, task.Status, task.DueAt, task.ChildId, $"{child.FirstName} {child.LastName}", child.LocalId,
                task.EpisodeId, task.ReturnHomeInterviewId, task.RiskAssessmentId, rhi?.ReturnedReason, missing,
                await ApprovalRecord.LoadAsync(db, profile, calendar, task, clock.GetUtcNow(), cancellationToken),
                // R30: once decided, the decision itself.
                (await db.AuthorisationDecisions.AsNoTracking().Where(d => d.DutyTaskId == task.Id).ToListAsync(cancellationToken)).Select(GetDecisions.View).FirstOrDefault());
        }
    }
}
