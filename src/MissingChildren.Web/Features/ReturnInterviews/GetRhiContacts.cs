using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Plans;
using MissingChildren.Data;
using MissingChildren.Web.Features.Children;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R20, R25: who the RHI worker gets in touch with: the child (address), the people the child's current trigger plan
/// names (family members, involved professionals, one a line with their numbers as written there), the home authority
/// of another authority's child (R8), and the allocated social worker and team. The service holds no other telephone
/// numbers for a child or their carers. Shown to those who may see the RHI (<see cref="RhiAccess"/>).
/// </summary>
public static class GetRhiContacts
{
    public sealed record Query(Guid RhiId) : IQuery<Result?>;

    /// <param name="Name">The worker's name, or the e-mail the case management system gave for one with no account yet.</param>
    public sealed record Worker(string Name, string? Email, string? Phone);

    /// <summary>The trigger plan's people to contact, as its author wrote them (one a line).</summary>
    public sealed record PlanContacts(Guid PlanId, DateTimeOffset SavedAt, string SavedBy, IReadOnlyList<string> FamilyMembers, IReadOnlyList<string> Professionals);

    /// <param name="MayOpenRecord">Whether the signed-in person may open the child's record (<see cref="ChildAccess"/>).</param>
    public sealed record Result(Guid ChildId, bool MayOpenRecord, string? Address, IReadOnlyList<string> HomeAuthorities, Worker? SocialWorker, string? Team,
        PlanContacts? Plan);

    public sealed class Handler(AppDbContext db, RhiAccess access, ChildAccess childAccess) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var scope = await access.ScopeAsync(cancellationToken);
            var childId = await RhiAccess.Visible(access.WithTeam(), scope).Where(x => x.Rhi.Id == query.RhiId).Select(x => (Guid?)x.Rhi.ChildId)
                .SingleOrDefaultAsync(cancellationToken);
            if (childId is not { } id)
            {
                return null;
            }

            var child = await db.Children.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new
                {
                    c.Address, c.AllocatedWorkerId, c.AllocatedWorkerEmail,
                    Team = db.Teams.Where(t => t.Id == c.AllocatedTeamId).Select(t => t.Name).FirstOrDefault(),
                    HomeAuthorities = c.Involvements.Where(i => i.EndDate == null && i.Type == InvolvementType.CLAOtherAuthority && i.HomeAuthority != null)
                        .Select(i => i.HomeAuthority!).ToList(),
                })
                .SingleAsync(cancellationToken);
            var worker = child.AllocatedWorkerId is null
                ? null
                : await db.Users.AsNoTracking().Where(u => u.Id == child.AllocatedWorkerId)
                    .Select(u => new Worker(u.DisplayName, u.Email, u.PhoneNumber)).SingleOrDefaultAsync(cancellationToken);
            if (worker is null && child.AllocatedWorkerEmail is { } named)
            {
                worker = new Worker(named, named, null);
            }

            var plan = await db.Plans.AsNoTracking().Where(p => p.ChildId == id && p.Type == PlanType.TriggerPlan && p.IsCurrent)
                .Select(p => new { p.Id, p.SavedAt, p.SavedBy, p.FamilyMembers, p.Professionals })
                .FirstOrDefaultAsync(cancellationToken);
            var contacts = plan is null || (string.IsNullOrWhiteSpace(plan.FamilyMembers) && string.IsNullOrWhiteSpace(plan.Professionals))
                ? null
                : new PlanContacts(plan.Id, plan.SavedAt, plan.SavedBy, Lines(plan.FamilyMembers), Lines(plan.Professionals));
            var mayOpen = (await childAccess.MayOpenAsync([id], cancellationToken)).Contains(id);
            return new Result(id, mayOpen, child.Address, child.HomeAuthorities, worker, child.Team, contacts);
        }

        private static List<string> Lines(string? text) =>
            text is null ? [] : [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
