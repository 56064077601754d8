using System.Security.Claims;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Children;

/// <summary>
/// Who may open a child's case view (domain.md roles). The one place the rule lives: every child page and
/// child use case asks here.
/// <list type="bullet">
/// <item>Front Door, Emergency Duty Team, team managers, Head of Service and the Director: every child.</item>
/// <item>Social workers and children missing education officers: children allocated to their team; children missing education
/// officers also the children education work knows (an open CME involvement, a CME investigation or a school absence: R39, R40).</item>
/// <item>Return home interview workers: children with an RHI allocated to them or to their team, while it is theirs:
/// once it is authorised, the child is no longer theirs to see.</item>
/// <item>Police and administrators: no case view (the police read what is shared with them at <c>/police</c> and through the API).</item>
/// </list>
/// Within a child's record, which parts each role may read or change is the need-to-know matrix
/// (<see cref="NeedToKnow"/>, docs/need-to-know.md): ask <see cref="PartAsync"/> or <see cref="EnsureAsync(Guid, RecordPart, PartAccess, CancellationToken)"/>.
/// </summary>
public sealed class ChildAccess(AppDbContext db, ICurrentActor actor)
{
    /// <summary>The roles that may open case views at all (further limited per child for some).</summary>
    public const string CaseViewRoles = $"{Roles.FrontDoor},{Roles.EmergencyDuty},{Roles.TeamManager},{Roles.HeadOfService},{Roles.Director},{Roles.SocialWorker},{Roles.Education},{Roles.RhiWorker}";

    /// <summary>Whether the person holds a role that may open case views (and so search for children).</summary>
    public static bool MayOpenCaseViews(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CaseViewRoles.Split(',').Any(user.IsInRole);
    }

    private static readonly string[] AllChildrenRoles = [Roles.FrontDoor, Roles.EmergencyDuty, Roles.TeamManager, Roles.HeadOfService, Roles.Director];

    public enum Outcome
    {
        Allowed,
        Refused,
        NotFound,
    }

    public async Task<Outcome> CheckAsync(Guid childId, CancellationToken cancellationToken)
    {
        var child = db.Children.AsNoTracking().Where(c => c.Id == childId);
        if (!await child.AnyAsync(cancellationToken))
        {
            return Outcome.NotFound;
        }

        return await (await VisibleAsync(child, cancellationToken)).AnyAsync(cancellationToken) ? Outcome.Allowed : Outcome.Refused;
    }

    /// <summary>
    /// Which of these children the signed-in person may open, in one go (a list links a child's name to their record only
    /// where they may): the rule of <see cref="VisibleAsync"/>, without asking whether each child exists.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> MayOpenAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        var ids = childIds.Distinct().ToList();
        if (ids.Count == 0 || AllChildrenRoles.Any(actor.IsInRole))
        {
            return ids.ToHashSet();
        }

        var visible = await VisibleAsync(db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)), cancellationToken);
        return (await visible.Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// The children of <paramref name="children"/> the signed-in person may open (the rules above, as a query): lists
    /// and searches of children filter through here, so they show no one the case view would refuse.
    /// </summary>
    public async Task<IQueryable<Child>> VisibleAsync(IQueryable<Child> children, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(children);
        if (AllChildrenRoles.Any(actor.IsInRole))
        {
            return children;
        }

        var userId = actor.UserId;
        var byTeam = actor.IsInRole(Roles.SocialWorker) || actor.IsInRole(Roles.Education);
        var byInterview = actor.IsInRole(Roles.RhiWorker);
        var byEducation = actor.IsInRole(Roles.Education);
        if (userId is null || (!byTeam && !byInterview))
        {
            return children.Where(c => false);
        }

        var teamId = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
        return children.Where(c =>
            (byTeam && teamId != null && c.AllocatedTeamId == teamId)
            || (byInterview && db.ReturnHomeInterviews.Any(r => r.ChildId == c.Id && r.Status != RhiStatus.Authorised
                               && (r.AllocatedWorkerId == userId || (teamId != null && r.AllocatedTeamId == teamId))))
            // R39, R40: the children education work knows, whichever team holds them.
            || (byEducation && (c.Involvements.Any(i => i.Type == InvolvementType.CME && i.EndDate == null)
                                || db.CmeInvestigations.Any(i => i.ChildId == c.Id) || db.SchoolAbsences.Any(a => a.ChildId == c.Id))));
    }

    /// <summary>What the signed-in person's roles allow with this part of any record (<see cref="NeedToKnow"/>), before asking about one child.</summary>
    public PartAccess RoleAccess(RecordPart part) => NeedToKnow.For(Roles.All.Where(actor.IsInRole), part);

    /// <summary>What the signed-in person's roles allow with every part of any record, before asking about one child.</summary>
    public CaseParts RoleParts() => new(Enum.GetValues<RecordPart>().Select(p => KeyValuePair.Create(p, RoleAccess(p))));

    /// <summary>What the signed-in person may do with each part of this child's record: nothing unless they work with the child.</summary>
    public async Task<CaseParts> PartsAsync(Guid childId, CancellationToken cancellationToken) =>
        await CheckAsync(childId, cancellationToken) == Outcome.Allowed ? RoleParts() : CaseParts.None;

    /// <summary>
    /// What the signed-in person may do with <paramref name="part"/> of this child's record: nothing unless they work with
    /// the child (<see cref="CheckAsync"/>), then what the need-to-know matrix gives their roles.
    /// </summary>
    public async Task<PartAccess> PartAsync(Guid childId, RecordPart part, CancellationToken cancellationToken)
    {
        var byRole = RoleAccess(part);
        if (byRole == PartAccess.None)
        {
            return PartAccess.None;
        }

        return await CheckAsync(childId, cancellationToken) == Outcome.Allowed ? byRole : PartAccess.None;
    }

    /// <summary>For use cases: refuses (throws) unless the signed-in person may do <paramref name="needed"/> with this part of the child's record.</summary>
    public async Task EnsureAsync(Guid childId, RecordPart part, PartAccess needed, CancellationToken cancellationToken)
    {
        if (await PartAsync(childId, part, cancellationToken) < needed)
        {
            throw new ChildAccessDeniedException();
        }
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
