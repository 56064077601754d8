using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notices;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notices;

/// <summary>
/// Who hears about an escalated duty: the team managers of the duty's team, then every Head of Service, then every
/// Director (R14, R16; the profile's escalation settings). One in-app notice each, e-mailed by <see cref="SendNoticeEmails"/>.
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
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.UserId, x.Role, u.TeamId, u.LockoutEnd })
            .Where(x => x.Role == Roles.TeamManager || x.Role == Roles.HeadOfService || x.Role == Roles.Director)
            .ToListAsync(cancellationToken);

        var raised = 0;
        foreach (var duty in escalated)
        {
            var recipients = duty.EscalationLevel switch
            {
                EscalationLevel.TeamManager => people.Where(p => p.Role == Roles.TeamManager && p.TeamId == duty.AssigneeTeamId).ToList() is { Count: > 0 } managers
                    ? managers
                    : people.Where(p => p.Role == Roles.HeadOfService).ToList(),
                EscalationLevel.HeadOfService => people.Where(p => p.Role == Roles.HeadOfService).ToList(),
                EscalationLevel.Director => people.Where(p => p.Role == Roles.Director).ToList(),
                _ => [],
            };

            foreach (var userId in recipients.Select(r => r.UserId).Distinct())
            {
                db.Add(new Notice
                {
                    UserId = userId,
                    CreatedAt = now,
                    Title = $"Overdue duty escalated to you: {Describe(duty.Type)} ({duty.RuleId})",
                    Link = duty.EpisodeId is { } episodeId ? $"/episodes/{episodeId}" : "/",
                    DutyTaskId = duty.Id,
                    EmailStatus = EmailStatus.Pending,
                });
                raised++;
            }
        }

        return raised;
    }

    /// <summary>The duty type as words: <c>StrategyMeeting</c> reads "Strategy meeting".</summary>
    public static string Describe(TaskType type)
    {
        var name = type.ToString();
        var words = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                words.Append(name[i]);
            }
        }

        return words.ToString();
    }
}
