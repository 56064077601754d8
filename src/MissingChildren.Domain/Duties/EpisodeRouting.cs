using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>
/// R2, R3: which team holds a child's new episode, and which practitioners are alerted that the child has been
/// reported missing or absent. Pure: the caller loads the teams and people and saves what comes back.
/// </summary>
public static class EpisodeRouting
{
    /// <summary>
    /// R2: our looked-after child's episode goes to their allocated practitioner's team, where the profile says so and
    /// the child has one; R3: otherwise Front Door holds it (see <see cref="FrontDoorHolds"/>).
    /// </summary>
    public static Guid? HoldingTeam(IntakeSettings intake, Child child, Guid? frontDoorTeam)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(child);
        return intake.LookedAfterToAllocatedPractitioner && child.IsOurLookedAfterChild && child.AllocatedTeamId is { } allocated
            ? allocated
            : FrontDoorHolds(child, frontDoorTeam);
    }

    /// <summary>R3: Front Door keeps oversight of the episode; where the council has no Front Door team, the child's allocated team holds it.</summary>
    public static Guid? FrontDoorHolds(Child child, Guid? frontDoorTeam)
    {
        ArgumentNullException.ThrowIfNull(child);
        return frontDoorTeam ?? child.AllocatedTeamId;
    }

    /// <summary>
    /// R2: our looked-after child's social worker and their team manager(s) are alerted; R3: for other children, the
    /// practitioner already working with them or, with none named, their team's manager(s). The title names the rule
    /// and nothing about the child.
    /// </summary>
    /// <param name="allocatedTeamManagers">The team managers of the child's allocated team (none when the child has no team).</param>
    public static PractitionerAlert AlertFor(Child child, EpisodeCategory category, IReadOnlyCollection<string> allocatedTeamManagers)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(allocatedTeamManagers);
        var lookedAfter = child.IsOurLookedAfterChild;
        List<string> recipients = child.AllocatedWorkerId is { } worker ? [worker] : [];
        if (lookedAfter || recipients.Count == 0)
        {
            recipients.AddRange(allocatedTeamManagers);
        }

        var rule = lookedAfter ? RuleIds.LookedAfterRouting : RuleIds.ServiceRouting;
        var what = category == EpisodeCategory.Absent ? "absent" : "missing";
        return new PractitionerAlert(rule, $"Reported {what}: a child you work with ({rule})", [.. recipients.Distinct(StringComparer.Ordinal)]);
    }
}

/// <summary>R2, R3: who is alerted that a child they work with is reported missing or absent, under which rule, and with what title.</summary>
public sealed record PractitionerAlert(string RuleId, string Title, IReadOnlyList<string> Recipients);
