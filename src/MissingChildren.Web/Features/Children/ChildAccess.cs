using MissingChildren.Domain;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Children;

/// <summary>
/// Who may open a child's case view (domain.md roles). The one place the rule lives: every child page and
/// child use case asks here.
/// <list type="bullet">
/// <item>Front Door, Emergency Duty Team, team managers, Head of Service and the Director: every child.</item>
/// <item>Social workers and children missing education officers: children allocated to their team.</item>
/// <item>Return home interview workers: children with an RHI allocated to them or to their team.</item>
/// <item>Police and administrators: no case view (the police read the trigger plan through the API).</item>
/// </list>
/// </summary>
public sealed class ChildAccess(AppDbContext db, ICurrentActor actor)
{
    /// <summary>The roles that may open case views at all (further limited per child for some).</summary>
    public const string CaseViewRoles = $"{Roles.FrontDoor},{Roles.EmergencyDuty},{Roles.TeamManager},{Roles.HeadOfService},{Roles.Director},{Roles.SocialWorker},{Roles.Education},{Roles.RhiWorker}";

    private static readonly string[] AllChildrenRoles = [Roles.FrontDoor, Roles.EmergencyDuty, Roles.TeamManager, Roles.HeadOfService, Roles.Director];

    public enum Outcome
    {
        Allowed,
        Refused,
        NotFound,
    }

    public async Task<Outcome> CheckAsync(Guid childId, CancellationToken cancellationToken)
    {
        if (!await db.Children.AsNoTracking().AnyAsync(c => c.Id == childId, cancellationToken))
        {
            return Outcome.NotFound;
        }

        return (await MayOpenAsync([childId], cancellationToken)).Contains(childId) ? Outcome.Allowed : Outcome.Refused;
    }

    /// <summary>
    /// Which of these children the signed-in person may open, in one go (a list links a child's name to their record only
    /// where they may): the rule of <see cref="CheckAsync"/>, without asking whether each child exists.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> MayOpenAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        var ids = childIds.Distinct().ToList();
        var userId = actor.UserId;
        if (ids.Count == 0 || AllChildrenRoles.Any(actor.IsInRole))
        {
            return ids.ToHashSet();
        }

        var open = new HashSet<Guid>();
        if (userId is null)
        {
            return open;
        }

        var teamId = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
        if ((actor.IsInRole(Roles.SocialWorker) || actor.IsInRole(Roles.Education)) && teamId is not null)
        {
            open.UnionWith(await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id) && c.AllocatedTeamId == teamId).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        if (actor.IsInRole(Roles.RhiWorker))
        {
            open.UnionWith(await db.ReturnHomeInterviews.AsNoTracking()
                .Where(r => ids.Contains(r.ChildId) && (r.AllocatedWorkerId == userId || (teamId != null && r.AllocatedTeamId == teamId)))
                .Select(r => r.ChildId).Distinct().ToListAsync(cancellationToken));
        }

        return open;
    }

    /// <summary>For use cases: refuses (throws) when the signed-in person may not work with the child.</summary>
    public async Task EnsureAsync(Guid childId, CancellationToken cancellationToken)
    {
        if (await CheckAsync(childId, cancellationToken) != Outcome.Allowed)
        {
            throw new ChildAccessDeniedException();
        }
    }
}

/// <summary>The signed-in person does not work with this child.</summary>
public sealed class ChildAccessDeniedException : Exception
{
    public ChildAccessDeniedException()
        : base("You do not work with this child.")
    {
    }

    public ChildAccessDeniedException(string message)
        : base(message)
    {
    }

    public ChildAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
