using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// The duties given to Front Door, the earliest deadline first, each with where it is done: telling another authority
/// about its child's episode and asking for their RHI form (R8), the family's consent to agency checks (R4), urgent
/// contact with the home authority (R9), following up an interview not recorded (R3). The referrals a manager's outcome
/// asks for (R30) have their own list (<see cref="GetReferrals"/>).
/// </summary>
public static class GetFrontDoorDuties
{
    /// <summary>The most shown at once (each is done within a working day or so, so the list stays short).</summary>
    public const int Limit = 200;

    public sealed record Query : IQuery<Result>;

    public sealed record Row(Guid TaskId, Guid ChildId, string ChildName, string LocalId, Guid? EpisodeId, string Title, string Rule, DateTimeOffset DueAt,
        bool Overdue, DutyAction? Action, string? DueExplanation);

    public sealed record Result(IReadOnlyList<Row> Rows, DateTimeOffset Now);

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var duties = await db.DutyTasks.AsNoTracking()
                .Where(t => t.Status == DutyStatus.Open && t.AssigneeRole == PolicyRole.FrontDoor && t.Type != TaskType.Referral)
                .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(Limit)
                .Select(t => new
                {
                    t.Id, t.ChildId, t.EpisodeId, t.Type, t.RuleId, t.Title, t.DueAt, t.ReturnHomeInterviewId, t.AssigneeRole, t.DueExplanation,
                    Child = db.Children.Where(c => c.Id == t.ChildId).Select(c => new { c.FirstName, c.LastName, c.LocalId }).First(),
                })
                .ToListAsync(cancellationToken);
            return new Result(
                [.. duties.Select(t => new Row(t.Id, t.ChildId, $"{t.Child.FirstName} {t.Child.LastName}", t.Child.LocalId, t.EpisodeId, t.Title, t.RuleId, t.DueAt,
                    t.DueAt < now, Links.WhereDutyIsDone(t.ChildId, t.Id, t.Type, t.RuleId, t.ReturnHomeInterviewId, t.AssigneeRole), t.DueExplanation))],
                now);
        }
    }
}
