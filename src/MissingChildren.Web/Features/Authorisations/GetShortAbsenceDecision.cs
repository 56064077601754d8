using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>
/// R34 (004 step 6): what a manager needs to decide whether a looked-after child's short absence needs a return home
/// interview: the absence, how long it lasted, and how many episodes the child has had in 90 days.
/// </summary>
public static class GetShortAbsenceDecision
{
    public sealed record Query(Guid TaskId) : IQuery<Result?>;

    public sealed record Result(
        Guid TaskId, Guid Version, string Title, DutyStatus Status, string? ClosedReason, DateTimeOffset DueAt, Guid ChildId, string ChildName, string LocalId,
        Guid EpisodeId, string Category, DateTimeOffset MissingFrom, DateTimeOffset? FoundAt, int EpisodesInLast90Days, int EpisodesEver);

    public sealed class Handler(AppDbContext db, ManagerScope scope) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var duties = await scope.DutiesAsync(cancellationToken);
            var found = await duties.AsNoTracking()
                .Where(t => t.Id == query.TaskId && t.RuleId == RuleIds.ShortAbsence && t.EpisodeId != null)
                .Join(db.Episodes, t => t.EpisodeId, e => e.Id, (t, e) => new { Task = t, Episode = e })
                .Join(db.Children, x => x.Task.ChildId, c => c.Id, (x, c) => new
                {
                    x.Task, x.Episode.Category, x.Episode.MissingFrom, x.Episode.FoundAt, x.Episode.EpisodesInLast90Days, x.Episode.EpisodeNumber,
                    c.FirstName, c.LastName, c.LocalId,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            var task = found.Task;
            return new Result(task.Id, task.Version, task.Title, task.Status, task.ClosedReason, task.DueAt, task.ChildId, $"{found.FirstName} {found.LastName}",
                found.LocalId, task.EpisodeId!.Value, found.Category.ToString(), found.MissingFrom, found.FoundAt, found.EpisodesInLast90Days, found.EpisodeNumber);
        }
    }
}
