using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>Whose duties a manager acts on: a team manager their team's; a Head of Service or Director the whole service.</summary>
public sealed class ManagerScope(AppDbContext db, ICurrentActor actor)
{
    public bool WholeService => actor.IsInRole(Roles.HeadOfService) || actor.IsInRole(Roles.Director);

    /// <summary>The signed-in person's team, if they have one.</summary>
    public async Task<Guid?> MyTeamAsync(CancellationToken cancellationToken) =>
        actor.UserId is { } userId
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>The duties this manager may act on; none for anyone else, or for a team manager with no team.</summary>
    public async Task<IQueryable<DutyTask>> DutiesAsync(CancellationToken cancellationToken)
    {
        if (WholeService)
        {
            return db.DutyTasks;
        }

        return actor.IsInRole(Roles.TeamManager) && await MyTeamAsync(cancellationToken) is { } team
            ? db.DutyTasks.Where(t => t.AssigneeTeamId == team)
            : db.DutyTasks.Where(t => false);
    }
}
