using FluentValidation;
using FluentValidation.Results;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>The RHI was not found, or the signed-in person may not see it: both are "not found" to them.</summary>
public sealed class RhiNotFoundException() : Exception("The return home interview was not found.");

/// <summary>
/// Who may see and work on which RHI (screens.md), in one place: an RHI worker their own and their team's unallocated
/// ones; a team manager their team's and those of the children their team holds; a social worker those of the
/// children their team holds (R7, R23: they change one only when it is allocated to them or holds a duty given to
/// them); the Emergency Duty Team those holding a duty given to it (R6: changed while that duty is open, or once
/// allocated to the EDT worker); Front Door, Heads of Service and Directors read every one.
/// </summary>
public sealed class RhiAccess(AppDbContext db, ICurrentActor actor, AccessRefusals refusals)
{
    /// <param name="ServiceWide">A Head of Service or Director: reads every RHI (to approve with it in view), changes none.</param>
    /// <param name="SocialWorker">R7, R23: a social worker: the RHIs of their team's children.</param>
    /// <param name="EmergencyDuty">R6: the Emergency Duty Team: the RHIs holding a duty given to it.</param>
    public sealed record Scope(string? UserId, Guid? TeamId, bool Manager, bool Worker, bool FrontDoor, bool ServiceWide = false,
        bool SocialWorker = false, bool EmergencyDuty = false);

    public async Task<Scope> ScopeAsync(CancellationToken cancellationToken)
    {
        var userId = actor.UserId;
        var teamId = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.TeamId).SingleOrDefaultAsync(cancellationToken);
        return new Scope(userId, teamId, actor.IsInRole(Roles.TeamManager), actor.IsInRole(Roles.RhiWorker), actor.IsInRole(Roles.FrontDoor),
            actor.IsInRole(Roles.HeadOfService) || actor.IsInRole(Roles.Director), actor.IsInRole(Roles.SocialWorker), actor.IsInRole(Roles.EmergencyDuty));
    }

    /// <summary>The team that holds an RHI: the one it was allocated to, else the team its offer duty went to (R3).</summary>
    public IQueryable<RhiWithTeam> WithTeam() =>
        db.ReturnHomeInterviews.Select(r => new RhiWithTeam
        {
            Rhi = r,
            TeamId = r.AllocatedTeamId ?? db.DutyTasks
                .Where(t => t.ReturnHomeInterviewId == r.Id && t.Type == TaskType.ReturnHomeInterview)
                .OrderBy(t => t.RaisedAt).Select(t => t.AssigneeTeamId).FirstOrDefault(),
            ChildTeamId = db.Children.Where(c => c.Id == r.ChildId).Select(c => c.AllocatedTeamId).FirstOrDefault(),
            EmergencyDutyHolds = db.DutyTasks.Any(t => t.ReturnHomeInterviewId == r.Id && t.AssigneeRole == PolicyRole.EmergencyDuty),
        });

    public sealed class RhiWithTeam
    {
        public required ReturnHomeInterview Rhi { get; init; }

        public Guid? TeamId { get; init; }

        public Guid? ChildTeamId { get; init; }

        /// <summary>R6: a duty on this RHI was given to the Emergency Duty Team.</summary>
        public bool EmergencyDutyHolds { get; init; }
    }

    /// <summary>The RHIs this person may see.</summary>
    public static IQueryable<RhiWithTeam> Visible(IQueryable<RhiWithTeam> rhis, Scope scope)
    {
        if (scope.FrontDoor || scope.ServiceWide)
        {
            return rhis;
        }

        return rhis.Where(x =>
            (scope.Manager && scope.TeamId != null && (x.TeamId == scope.TeamId || x.ChildTeamId == scope.TeamId))
            || (scope.UserId != null && x.Rhi.AllocatedWorkerId == scope.UserId)
            || (scope.Worker && scope.UserId != null && x.Rhi.AllocatedWorkerId == null && scope.TeamId != null && x.TeamId == scope.TeamId)
            || (scope.SocialWorker && scope.TeamId != null && x.ChildTeamId == scope.TeamId)
            || (scope.EmergencyDuty && x.EmergencyDutyHolds));
    }

    /// <summary>
    /// The RHIs this person may change: a team manager those they see; anyone the one allocated to them; an RHI worker
    /// their team's unallocated ones (to take the offer duty); a social worker one holding an open duty given to them
    /// (R7, R23); the Emergency Duty Team one holding an open duty given to it (R6). Front Door and service-wide roles read only.
    /// </summary>
    public IQueryable<RhiWithTeam> Changeable(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var open = db.DutyTasks.Where(t => t.Status == DutyStatus.Open);
        return WithTeam().Where(x =>
            (scope.Manager && scope.TeamId != null && (x.TeamId == scope.TeamId || x.ChildTeamId == scope.TeamId))
            || (scope.UserId != null && x.Rhi.AllocatedWorkerId == scope.UserId)
            || (scope.Worker && scope.UserId != null && x.Rhi.AllocatedWorkerId == null && scope.TeamId != null && x.TeamId == scope.TeamId)
            || (scope.SocialWorker && open.Any(t => t.ReturnHomeInterviewId == x.Rhi.Id && t.AssigneeRole == PolicyRole.SocialWorker
                && (t.AssigneeUserId == scope.UserId || (t.AssigneeUserId == null && t.AssigneeTeamId == scope.TeamId))))
            || (scope.EmergencyDuty && open.Any(t => t.ReturnHomeInterviewId == x.Rhi.Id && t.AssigneeRole == PolicyRole.EmergencyDuty)));
    }

    /// <summary>Whether this person may change the RHI (<see cref="Changeable"/>).</summary>
    public Task<bool> MayChangeAsync(Guid id, Scope scope, CancellationToken cancellationToken) =>
        Changeable(scope).Where(x => x.Rhi.Id == id).Select(x => x.Rhi.Id).AnyAsync(cancellationToken);

    /// <summary>An RHI this person may change (Front Door reads only), tracked, with the version they saw.</summary>
    public async Task<ReturnHomeInterview> FindForChangeAsync(Guid id, Guid version, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var found = await MayChangeAsync(id, scope, cancellationToken);
        if (!found)
        {
            await NoteRefusedAsync(id, cancellationToken);
            throw new RhiNotFoundException();
        }

        var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == id, cancellationToken);
        db.Entry(rhi).Property(r => r.Version).OriginalValue = version;
        return rhi;
    }

    /// <summary>
    /// R8 (001 §4.1, 003): the home authority's RHI form duties (request, reminder, escalation) are raised for the team
    /// that routes the child's notifications (the Front Door team). Front Door holds every one; a team manager only those
    /// given to their team or to them; nobody else any.
    /// </summary>
    public static IQueryable<DutyTask> FormRequestsHeld(IQueryable<DutyTask> tasks, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var requests = tasks.Where(t => t.Type == TaskType.RhiFormRequest && t.Status == DutyStatus.Open && t.EpisodeId != null);
        if (scope.FrontDoor)
        {
            return requests;
        }

        return scope.Manager
            ? requests.Where(t => (scope.TeamId != null && t.AssigneeTeamId == scope.TeamId) || (scope.UserId != null && t.AssigneeUserId == scope.UserId))
            : requests.Where(t => false);
    }

    /// <summary>
    /// An RHI this person may not see is "not found" to them; when it exists, the refusal is noted for the audit log
    /// (one read, on the refused path only).
    /// </summary>
    public async Task NoteRefusedAsync(Guid id, CancellationToken cancellationToken)
    {
        var childId = await db.ReturnHomeInterviews.AsNoTracking().Where(r => r.Id == id).Select(r => (Guid?)r.ChildId).SingleOrDefaultAsync(cancellationToken);
        if (childId is { } child)
        {
            refusals.Note(ChildRecordRead.Of(child, "ReturnHomeInterview", id));
        }
    }

    /// <summary>The child's age today and whether we look after them (R22, R20, R28).</summary>
    public async Task<ChildSummary> ChildAsync(Guid childId, DateOnly today, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().Include(c => c.Involvements).SingleAsync(c => c.Id == childId, cancellationToken);
        return new ChildSummary(child.Id, child.FullName, child.LocalId, child.AgeOn(today), child.IsOurLookedAfterChild,
            child.IsUnaccompaniedAsylumSeeker, child.Address);
    }

    public sealed record ChildSummary(Guid Id, string Name, string LocalId, int? Age, bool OurLookedAfterChild, bool Uasc, string? Address);

    public static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);
}
