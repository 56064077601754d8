using MissingChildren.Data;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notices;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration;

/// <summary>
/// A worker the case management system named before they had an account: the children it gave them, and the social
/// worker duties of those children still waiting for a named person, become theirs when an administrator creates them.
/// </summary>
public static class NamedWorkers
{
    /// <summary>Gives <paramref name="user"/> the children allocated to their e-mail address and those children's open, unowned social worker duties. Saves nothing: the caller's save does.</summary>
    /// <returns>How many children the user inherited.</returns>
    /// <remarks>The duties given to them are each a notice for them (<see cref="AllocationNotices.DutiesGiven"/>), waiting when they first sign in.</remarks>
    public static async Task<int> InheritAsync(AppDbContext db, ApplicationUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return 0;
        }

        var email = user.Email.Trim().ToLowerInvariant();
        var children = await db.Children
            .Where(c => c.AllocatedWorkerId == null && c.AllocatedWorkerEmail == email)
            .ToListAsync(cancellationToken);
        if (children.Count == 0)
        {
            return 0;
        }

        var ids = children.Select(c => c.Id).ToList();
        foreach (var child in children)
        {
            child.AllocatedWorkerId = user.Id;
        }

        var duties = await db.DutyTasks
            .Where(t => ids.Contains(t.ChildId) && t.Status == DutyStatus.Open && t.AssigneeRole == PolicyRole.SocialWorker && t.AssigneeUserId == null)
            .ToListAsync(cancellationToken);
        foreach (var duty in duties)
        {
            duty.AssigneeUserId = user.Id;
        }

        db.Notices.AddRange(AllocationNotices.DutiesGiven(duties, givenBy: null, Links.DutyNotice, now));

        return children.Count;
    }
}
