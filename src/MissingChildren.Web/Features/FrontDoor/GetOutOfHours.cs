using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// R6: for the Emergency Duty Team: how long until the next working day (when day services take over) and the open
/// duties that fall to the Emergency Duty Team meanwhile, earliest deadline first.
/// </summary>
public static class GetOutOfHours
{
    public sealed record Query(int Page = 1) : IQuery<Result>;

    public sealed record Duty(Guid Id, Guid? EpisodeId, string Title, string RuleId, DateTimeOffset DueAt, bool Overdue, string? ChildName, DutyAction? Action = null,
        string? DueExplanation = null)
    {
        public Guid ChildId { get; init; }
    }

    public sealed record Result(bool OutOfHours, TimeSpan UntilNextWorkingDay, DateTimeOffset NextWorkingDayStart, PageOf<Duty> Duties, DateTimeOffset Now);

    public sealed class Handler(AppDbContext db, DutyEngine engine, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var page = Paging.Clamp(query.Page);
            var open = db.DutyTasks.AsNoTracking()
                .Where(t => t.Status == DutyStatus.Open && (t.RuleId == RuleIds.OutOfHours || t.AssigneeRole == PolicyRole.EmergencyDuty));
            var total = await open.CountAsync(cancellationToken);
            var rows = await open.OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                .Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .Select(t => new
                {
                    t.Id, t.EpisodeId, t.ChildId, t.Type, t.ReturnHomeInterviewId, t.AssigneeRole, t.Title, t.RuleId, t.DueAt, t.DueExplanation,
                    ChildName = db.Children.Where(c => c.Id == t.ChildId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var duties = rows.Select(t => new Duty(t.Id, t.EpisodeId, t.Title, t.RuleId, t.DueAt, t.DueAt < now, t.ChildName,
                Links.WhereDutyIsDone(t.ChildId, t.Id, t.Type, t.RuleId, t.ReturnHomeInterviewId, t.AssigneeRole), t.DueExplanation) { ChildId = t.ChildId }).ToList();
            var calendar = engine.Calendar;
            var until = calendar.UntilNextWorkingDay(now);
            return new Result(until > TimeSpan.Zero, until, calendar.NextWorkingDayStart(now), new PageOf<Duty>(duties, page, Paging.DefaultSize, total), now);
        }
    }
}
