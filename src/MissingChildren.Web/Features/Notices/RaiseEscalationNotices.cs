using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notices;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notices;

/// <summary>
/// Tells the people an escalated duty has reached (R14, R16; who they are is <see cref="DutyEscalation.Recipients"/>):
/// one in-app notice each, e-mailed by <see cref="SendNoticeEmails"/>.
/// </summary>
public sealed class EscalationNotices(AppDbContext db)
{
    public async Task<int> RaiseAsync(IReadOnlyCollection<DutyTask> escalated, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (escalated.Count == 0)
        {
            return 0;
        }

        var people = await db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.UserId, x.Role, u.TeamId })
            .Where(x => x.Role == Roles.TeamManager || x.Role == Roles.HeadOfService || x.Role == Roles.Director)
            .Select(x => new StaffRole(x.UserId, x.Role, x.TeamId))
            .ToListAsync(cancellationToken);

        // A team manager does the duty's work (or assigns it); a Head of Service or the Director oversees it.
        var managers = people.Where(p => p.Role == Roles.TeamManager).Select(p => p.UserId).ToHashSet(StringComparer.Ordinal);
        var raised = 0;
        foreach (var duty in escalated)
        {
            foreach (var userId in DutyEscalation.Recipients(duty, people))
            {
                db.Add(new Notice
                {
                    UserId = userId,
                    CreatedAt = now,
                    Title = $"Overdue duty escalated to you: {Describe(duty.Type)} ({duty.RuleId})",
                    Link = duty.EscalationLevel == EscalationLevel.TeamManager && managers.Contains(userId) ? Links.DutyNotice(duty) : Links.OverseenDutyNotice(duty),
                    DutyTaskId = duty.Id,
                    EmailStatus = EmailStatus.Pending,
                });
                raised++;
            }
        }

        return raised;
    }

    /// <summary>The duty type as words: <c>StrategyMeeting</c> reads "Strategy meeting".</summary>
    public static string Describe(TaskType type) => Words.Of(type);
}
