using MissingChildren.Web.Domain;
using MissingChildren.Web.Domain.Duties;
using MissingChildren.Web.Infrastructure.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>Whose duties a manager acts on: a team manager their team's; a Head of Service or Director the whole service.</summary>
public sealed class ManagerScope(AppDbContext db, ICurrentActor actor)
{
    public bool WholeService => actor.IsInRole(Roles.HeadOfService) || actor.IsInRole(Roles.Director);

    /// <summary>The duties this manager may act on.</summary>
    public async Task<IQueryable<DutyTask>> DutiesAsync(CancellationToken cancellationToken)
    {
        if (WholeService)
        {
            return db.DutyTasks;
        }

        var myTeam = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
        return myTeam is null ? db.DutyTasks.Where(t => false) : db.DutyTasks.Where(t => t.AssigneeTeamId == myTeam);
    }
}
