using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// R30 (001 §3.2): the referrals managers' outcomes asked Front Door to make (to Children's Services, to Family
/// Wellbeing), still to be recorded as made, the earliest deadline first, each with the page where it is recorded.
/// The episode they came from is usually closed by then, so they are listed here rather than in the tray.
/// </summary>
public static class GetReferrals
{
    /// <summary>The most shown at once (they are made within a working day, so the list stays short).</summary>
    public const int Limit = 200;

    public sealed record Query : IQuery<Result>;

    public sealed record Row(Guid TaskId, Guid ChildId, string ChildName, string LocalId, string Title, DateTimeOffset DueAt, bool Overdue, string RecordHref);

    public sealed record Result(IReadOnlyList<Row> Rows, DateTimeOffset Now);

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var duties = (await db.DutyTasks.AsNoTracking()
                    .Where(t => t.Type == TaskType.Referral && t.Status == DutyStatus.Open)
                    .Select(t => new
                    {
                        t.Id, t.ChildId, t.Title, t.DueAt, t.RuleId,
                        Child = db.Children.Where(c => c.Id == t.ChildId).Select(c => new { c.FirstName, c.LastName, c.LocalId }).First(),
                    })
                    .ToListAsync(cancellationToken))
                .OrderBy(t => t.DueAt).Take(Limit);
            return new Result(
                [.. duties.Select(t => new Row(t.Id, t.ChildId, $"{t.Child.FirstName} {t.Child.LastName}", t.Child.LocalId, t.Title, t.DueAt, t.DueAt < now,
                    Links.WhereDutyIsDone(t.ChildId, t.Id, TaskType.Referral, t.RuleId, null)!.Href))],
                now);
        }
    }
}
