using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// Who an RHI may be allocated to, and the duties on it the signed-in person holds: R19 an RHI worker; R7 (a child
/// under 8, 002 §4.3) or R23 (the child chose their social worker) a social worker of the child's team; R6 and R7 the
/// person given the offer takes it on themselves. The offer duty follows the interview to whoever does it.
/// </summary>
public static class RhiAllocation
{
    /// <summary>The open duties on an RHI that are the signed-in person's to do there.</summary>
    /// <param name="Offer">R7, R6: the offer of the interview, given to this social worker or to the EDT.</param>
    /// <param name="AskOutOfHours">R6 (001 §1.6.1): the EDT asks the child who should do the interview.</param>
    /// <param name="Choice">R23: a social worker's independent-person duty (ask the service, follow it up).</param>
    public sealed record HeldDuties(bool Offer, bool AskOutOfHours, bool Choice);

    public static async Task<HeldDuties> DutiesOfAsync(AppDbContext db, Guid rhiId, RhiAccess.Scope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.SocialWorker && !scope.EmergencyDuty)
        {
            return new(false, false, false);
        }

        var duties = (await db.DutyTasks.AsNoTracking()
                .Where(t => t.ReturnHomeInterviewId == rhiId && t.Status == DutyStatus.Open)
                .Select(t => new { t.RuleId, t.DedupeKey, t.AssigneeRole, t.AssigneeUserId, t.AssigneeTeamId })
                .ToListAsync(cancellationToken))
            .Where(t => (scope.EmergencyDuty && t.AssigneeRole == PolicyRole.EmergencyDuty)
                || (scope.SocialWorker && t.AssigneeRole == PolicyRole.SocialWorker
                    && (t.AssigneeUserId == scope.UserId || (t.AssigneeUserId is null && t.AssigneeTeamId == scope.TeamId))))
            .ToList();
        var askKey = DutyEngine.RhiDutyKey(rhiId, RuleIds.OutOfHours, TaskType.ReturnHomeInterview, DutyEngine.OutOfHoursAskQualifier);
        return new(
            duties.Any(t => t.RuleId == RuleIds.RhiOffer),
            duties.Any(t => t.DedupeKey == askKey),
            duties.Any(t => t.RuleId == RuleIds.LookedAfterChoice));
    }

    /// <summary>
    /// Whom a manager may allocate this RHI to: every RHI worker; and where R7 applies or the child chose their social
    /// worker (R23, R6), the social workers of the child's team.
    /// </summary>
    public static async Task<List<GetRhi.WorkerOption>> WorkersAsync(AppDbContext db, ReturnInterviewRules rules, ReturnHomeInterview rhi,
        RhiAccess.ChildSummary child, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(rhi);
        ArgumentNullException.ThrowIfNull(child);
        var childTeamId = await SocialWorkersTeamAsync(db, rules, rhi, child.Age, cancellationToken);
        var workers = await (from u in db.Users
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where r.Name == Roles.RhiWorker || (childTeamId != null && r.Name == Roles.SocialWorker && u.TeamId == childTeamId)
                             select new { u.Id, u.DisplayName, Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return [.. workers.DistinctBy(w => w.Id).OrderBy(w => w.DisplayName, StringComparer.Ordinal).Select(w => new GetRhi.WorkerOption(w.Id, w.DisplayName, w.Team))];
    }

    /// <summary>The person chosen, when they may do this interview: their id and team; null otherwise.</summary>
    public static async Task<(string Id, Guid? TeamId)?> AllowedWorkerAsync(AppDbContext db, ReturnInterviewRules rules, ReturnHomeInterview rhi, int? age,
        string? workerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rhi);
        var childTeamId = await SocialWorkersTeamAsync(db, rules, rhi, age, cancellationToken);
        var worker = await (from u in db.Users
                            join ur in db.UserRoles on u.Id equals ur.UserId
                            join r in db.Roles on ur.RoleId equals r.Id
                            where u.Id == workerId && (r.Name == Roles.RhiWorker || (childTeamId != null && r.Name == Roles.SocialWorker && u.TeamId == childTeamId))
                            select new { u.Id, u.TeamId }).FirstOrDefaultAsync(cancellationToken);
        return worker is null ? null : (worker.Id, worker.TeamId);
    }

    /// <summary>The interviewer's duties on the RHI (<see cref="DutyAssignment.InterviewerRules"/>) follow it to the person now doing it: those duties.</summary>
    public static async Task<List<DutyTask>> FollowOfferAsync(AppDbContext db, ReturnHomeInterview rhi, string workerId, Guid? teamId, PolicyRole[] roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rhi);
        var offers = await db.DutyTasks
            .Where(t => t.ReturnHomeInterviewId == rhi.Id && DutyAssignment.InterviewerRules.Contains(t.RuleId) && t.Status == DutyStatus.Open
                && roles.Contains(t.AssigneeRole))
            .ToListAsync(cancellationToken);
        foreach (var offer in offers)
        {
            offer.AssigneeUserId = workerId;
            offer.AssigneeTeamId = teamId ?? offer.AssigneeTeamId;
        }

        return offers;
    }

    /// <summary>The child's team, when its social workers may do the interview (R7, or the child chose their social worker).</summary>
    private static async Task<Guid?> SocialWorkersTeamAsync(AppDbContext db, ReturnInterviewRules rules, ReturnHomeInterview rhi, int? age, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!rules.OfferedBySocialWorker(age) && rhi.InterviewerChoice != InterviewerChoice.SocialWorker)
        {
            return null;
        }

        return await db.Children.Where(c => c.Id == rhi.ChildId).Select(c => c.AllocatedTeamId).FirstOrDefaultAsync(cancellationToken);
    }
}
