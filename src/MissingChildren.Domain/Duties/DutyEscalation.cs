using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>
/// R14, R16 and the profile's escalation settings: an overdue duty climbs one level at a time, at the hours the
/// profile sets after its due time (team manager, then Head of Service, then the Director where the profile says),
/// and who hears at each level. Pure: the sweep loads the duties and the people, and saves.
/// </summary>
public static class DutyEscalation
{
    /// <summary>Only a duty due at or before this instant can be escalated at <paramref name="now"/>: the first step comes this long after the due time.</summary>
    public static DateTimeOffset FirstStepDueBy(DateTimeOffset now, EscalationSettings escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return now.AddHours(-escalation.ToTeamManagerWhenOverdueByHours);
    }

    /// <summary>The level a duty due at <paramref name="dueAt"/> has reached at <paramref name="now"/> if it is still open.</summary>
    public static EscalationLevel LevelFor(DateTimeOffset dueAt, DateTimeOffset now, EscalationSettings escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var toManager = dueAt.AddHours(escalation.ToTeamManagerWhenOverdueByHours);
        var toHead = toManager.AddHours(escalation.ToHeadOfServiceAfterFurtherHours);
        var toDirector = escalation.ToDirectorAfterFurtherHours is { } hours ? toHead.AddHours(hours) : (DateTimeOffset?)null;
        return now switch
        {
            _ when toDirector is { } d && now >= d => EscalationLevel.Director,
            _ when now >= toHead => EscalationLevel.HeadOfService,
            _ when now >= toManager && now > dueAt => EscalationLevel.TeamManager,
            _ => EscalationLevel.None,
        };
    }

    /// <summary>Raises the duty to the level it has reached at <paramref name="now"/>. Returns whether it climbed (and so who to tell).</summary>
    public static bool Escalate(DutyTask duty, DateTimeOffset now, EscalationSettings escalation)
    {
        ArgumentNullException.ThrowIfNull(duty);
        var level = LevelFor(duty.DueAt, now, escalation);
        if (level <= duty.EscalationLevel)
        {
            return false;
        }

        duty.EscalationLevel = level;
        duty.EscalatedAt = now;
        return true;
    }

    /// <summary>
    /// Who hears about a duty escalated to its level: the team managers of the duty's team (every Head of Service when
    /// that team has none), then every Head of Service, then every Director. Each person once.
    /// </summary>
    public static IReadOnlyList<string> Recipients(DutyTask duty, IReadOnlyCollection<StaffRole> staff)
    {
        ArgumentNullException.ThrowIfNull(duty);
        return WhoMustAct(duty.EscalationLevel, duty.AssigneeTeamId, staff);
    }

    /// <summary>Who must act on a duty of the team <paramref name="teamId"/> escalated to <paramref name="level"/>: the people <see cref="Recipients"/> tells.</summary>
    public static IReadOnlyList<string> WhoMustAct(EscalationLevel level, Guid? teamId, IReadOnlyCollection<StaffRole> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var recipients = level switch
        {
            EscalationLevel.TeamManager => staff.Where(p => p.Role == Roles.TeamManager && p.TeamId == teamId).ToList() is { Count: > 0 } managers
                ? managers
                : [.. staff.Where(p => p.Role == Roles.HeadOfService)],
            EscalationLevel.HeadOfService => [.. staff.Where(p => p.Role == Roles.HeadOfService)],
            EscalationLevel.Director => [.. staff.Where(p => p.Role == Roles.Director)],
            _ => new List<StaffRole>(),
        };
        return [.. recipients.Select(r => r.UserId).Distinct(StringComparer.Ordinal)];
    }
}

/// <summary>A member of staff in one of their roles, with their team: whom an escalation can reach.</summary>
public sealed record StaffRole(string UserId, string? Role, Guid? TeamId);
