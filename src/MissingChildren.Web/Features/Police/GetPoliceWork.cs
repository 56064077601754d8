using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Police;

/// <summary>
/// The police missing person coordinator's work (screens.md <c>/police</c>): the open duties the protocol gives to the
/// police, such as Medway's R33 professionals meeting organised by the Missing Person Liaison Officer (003), earliest
/// deadline first; or one of them, to record it.
/// </summary>
public static class GetPoliceWork
{
    public sealed record Query(Guid? TaskId = null) : IQuery<Result>;

    public sealed record Duty(Guid Id, Guid ChildId, string ChildName, string LocalId, string Title, string RuleId, TaskType Type, DateTimeOffset DueAt, bool Overdue);

    public sealed record Result(IReadOnlyList<Duty> Duties, DateTimeOffset Now);

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var open = PoliceDuties.Open(db);
            if (query.TaskId is { } id)
            {
                open = open.Where(t => t.Id == id);
            }

            var duties = await open.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(200)
                .Join(db.Children, t => t.ChildId, c => c.Id, (t, c) => new Duty(
                    t.Id, c.Id, c.FirstName + " " + c.LastName, c.LocalId, t.Title, t.RuleId, t.Type, t.DueAt, t.DueAt < now))
                .ToListAsync(cancellationToken);
            return new Result(duties, now);
        }
    }
}

/// <summary>Which duties are the police's to do here: open, and given to the police by the protocol (R33 in Medway).</summary>
public static class PoliceDuties
{
    public static IQueryable<DutyTask> Open(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DutyTasks.AsNoTracking().Where(t => t.Status == DutyStatus.Open && t.AssigneeRole == PolicyRole.Police);
    }
}
