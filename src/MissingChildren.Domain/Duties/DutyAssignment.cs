using MissingChildren.Domain.Children;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Teams;

namespace MissingChildren.Domain.Duties;

/// <summary>
/// Raises a duty the engine requires as a task held by a real team: the child's allocated team, Front Door (R3), the
/// return interview service, the Emergency Duty Team (R6) or Education (R40), each falling back to Front Door where the
/// council has no such team; a social worker's duty in the allocated team goes to the child's own social worker.
/// Pure: the caller chooses the teams that serve the child (<see cref="Teams.TeamRouting.TeamsFor"/>) and saves.
/// </summary>
public static class DutyAssignment
{
    /// <summary>
    /// The rules of the duties on an RHI that follow it to whoever does the interview: the offer (R17, R7, R6), holding and
    /// writing it up (R21), a parent's consent to offer it (R5) and sending the form to the home authority (R8, 002 §8.1.3).
    /// </summary>
    public static readonly string[] InterviewerRules = [RuleIds.RhiOffer, RuleIds.RhiCompletion, RuleIds.NotOpenShortMissing, RuleIds.OtherAuthorityChild];

    /// <summary>The reason a while-missing duty not yet due is cancelled when the child is found.</summary>
    public const string FoundBeforeDue = "Child found before it was due";

    /// <summary>The team that holds a duty for this kind of team, or null for a service-wide role.</summary>
    public static Guid? Team(TeamKind kind, Child child, IReadOnlyDictionary<TeamFunction, Guid> teams)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(teams);
        var frontDoor = teams.TryGetValue(TeamFunction.FrontDoor, out var f) ? f : (Guid?)null;
        Guid? Or(TeamFunction function) => teams.TryGetValue(function, out var id) ? id : frontDoor;
        return kind switch
        {
            TeamKind.AllocatedTeam => child.AllocatedTeamId ?? frontDoor,
            TeamKind.FrontDoor => frontDoor,
            TeamKind.ReturnInterviewService => Or(TeamFunction.ReturnInterviews),
            TeamKind.EmergencyDuty => Or(TeamFunction.EmergencyDuty),
            TeamKind.Education => Or(TeamFunction.Education),
            _ => null,
        };
    }

    /// <summary>The task for a requirement of this child's episode, raised at <paramref name="now"/>.</summary>
    public static DutyTask Raise(DutyRequirement requirement, Child child, Guid episodeId, IReadOnlyDictionary<TeamFunction, Guid> teams, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(child);
        return new DutyTask
        {
            ChildId = child.Id,
            EpisodeId = episodeId,
            ReturnHomeInterviewId = requirement.ReturnHomeInterviewId,
            Type = requirement.Type,
            RuleId = requirement.RuleId,
            DedupeKey = requirement.Key,
            Title = requirement.Title,
            Partner = requirement.Partner,
            Status = DutyStatus.Open,
            RaisedAt = now,
            DueAt = requirement.DueAt,
            DueExplanation = requirement.DueExplanation,
            AssigneeRole = requirement.Role,
            AssigneeTeamId = Team(requirement.Team, child, teams),
            AssigneeUserId = requirement.Role == PolicyRole.SocialWorker && requirement.Team == TeamKind.AllocatedTeam ? child.AllocatedWorkerId : null,
        };
    }

    /// <summary>
    /// Whether an open duty ends because the child was found at <paramref name="foundAt"/>: raised only while the child is
    /// missing (<see cref="DutyEngine.EndsWhenFound"/>) and not yet due then. It is cancelled with <see cref="FoundBeforeDue"/>.
    /// </summary>
    public static bool EndsOnFinding(DutyTask duty, DateTimeOffset foundAt)
    {
        ArgumentNullException.ThrowIfNull(duty);
        return duty.Status == DutyStatus.Open && DutyEngine.EndsWhenFound(duty.Type) && duty.DueAt > foundAt;
    }
}
