using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Home;

/// <summary>
/// A team manager's share of the work no social worker holds yet: the open social worker duties of their team's children
/// whose named worker has no account yet (kept by e-mail from the case management system) or who have no one named. The
/// manager holds them until the worker's account is made and they inherit them (<see cref="Administration.NamedWorkers"/>).
/// </summary>
public static class GetWorkAwaitingWorker
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    /// <param name="NamedWorkerEmail">The worker the case management system named, who has no account yet; null when none is named.</param>
    public sealed record Item(Guid ChildId, string ChildName, string Title, string Rule, DateTimeOffset DueAt, string? NamedWorkerEmail, DutyAction? Action);

    public sealed class Handler(AppDbContext db, ManagerScope scope, ICurrentActor actor) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!actor.IsInRole(Roles.TeamManager) || await scope.MyTeamAsync(cancellationToken) is not { } team)
            {
                return [];
            }

            var rows = await db.DutyTasks.AsNoTracking()
                .Where(t => t.Status == DutyStatus.Open && t.AssigneeRole == PolicyRole.SocialWorker && t.AssigneeUserId == null && t.AssigneeTeamId == team)
                .Join(db.Children.Where(c => c.AllocatedWorkerId == null), t => t.ChildId, c => c.Id,
                    (t, c) => new { t.Id, t.ChildId, c.FirstName, c.LastName, t.Title, t.RuleId, t.Type, t.DueAt, t.ReturnHomeInterviewId, c.AllocatedWorkerEmail })
                .ToListAsync(cancellationToken);
            return [.. rows
                .OrderBy(r => r.DueAt)
                .Select(r => new Item(r.ChildId, $"{r.FirstName} {r.LastName}", r.Title, r.RuleId, r.DueAt, r.AllocatedWorkerEmail,
                    Links.WhereDutyIsDone(r.ChildId, r.Id, r.Type, r.RuleId, r.ReturnHomeInterviewId, PolicyRole.SocialWorker)))];
        }
    }
}
