using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Teams;

namespace MissingChildren.Tests.Duties;

/// <summary>Which team and person hold a raised duty (R3, R6, R40), and which duties end when the child is found.</summary>
public sealed class DutyAssignmentTests
{
    private static readonly Guid FrontDoor = Guid.Parse("0d0d0d0d-0000-4000-8000-000000000001");
    private static readonly Guid Rhi = Guid.Parse("0d0d0d0d-0000-4000-8000-000000000002");
    private static readonly Guid Allocated = Guid.Parse("0d0d0d0d-0000-4000-8000-000000000003");
    private static readonly Dictionary<TeamFunction, Guid> Teams = new() { [TeamFunction.FrontDoor] = FrontDoor, [TeamFunction.ReturnInterviews] = Rhi };

    private static Child Child(Guid? team = null, string? worker = null) =>
        new() { LocalId = "P1", FirstName = "A", LastName = "B", AllocatedTeamId = team, AllocatedWorkerId = worker };

    [Theory]
    [InlineData(TeamKind.AllocatedTeam, true, "allocated")]
    [InlineData(TeamKind.AllocatedTeam, false, "front door")] // no allocated team: Front Door
    [InlineData(TeamKind.FrontDoor, true, "front door")]
    [InlineData(TeamKind.ReturnInterviewService, true, "rhi")]
    [InlineData(TeamKind.EmergencyDuty, true, "front door")]  // no such team: Front Door
    [InlineData(TeamKind.Education, true, "front door")]
    [InlineData(TeamKind.None, true, "none")]
    public void Team_TheTeamOfThatKind_OrFrontDoor(TeamKind kind, bool hasTeam, string expected)
    {
        var team = DutyAssignment.Team(kind, Child(hasTeam ? Allocated : null), Teams);

        Assert.Equal(expected, team == Allocated ? "allocated" : team == FrontDoor ? "front door" : team == Rhi ? "rhi" : team is null ? "none" : "other");
    }

    [Theory]
    [InlineData(PolicyRole.SocialWorker, TeamKind.AllocatedTeam, "sw")]
    [InlineData(PolicyRole.TeamManager, TeamKind.AllocatedTeam, null)]
    [InlineData(PolicyRole.SocialWorker, TeamKind.FrontDoor, null)]
    public void Raise_ASocialWorkersDutyInTheAllocatedTeam_GoesToTheChildsSocialWorker(PolicyRole role, TeamKind kind, string? expected)
    {
        var now = DutyFixtures.InHours;
        var requirement = new DutyRequirement(TaskType.SocialWorkerContact, RuleIds.SocialWorkerContact, "key", "See the child", now, now.AddHours(48), role, kind);

        var task = DutyAssignment.Raise(requirement, Child(Allocated, "sw"), DutyFixtures.EpisodeId, Teams, now);

        Assert.Equal(expected, task.AssigneeUserId);
        Assert.Equal((DutyStatus.Open, now, now.AddHours(48), "key", RuleIds.SocialWorkerContact), (task.Status, task.RaisedAt, task.DueAt, task.DedupeKey, task.RuleId));
        Assert.Equal(DutyFixtures.EpisodeId, task.EpisodeId);
    }

    [Theory]
    [InlineData(TaskType.StrategyMeeting, 1, true)]     // not yet due when found: ends
    [InlineData(TaskType.StrategyMeeting, -1, false)]   // already due when found: stays, and may be overdue
    [InlineData(TaskType.SocialWorkerContact, 1, false)] // not a while-missing duty
    public void EndsOnFinding_AWhileMissingDutyNotYetDue(TaskType type, int dueHoursAfterFound, bool expected)
    {
        var found = DutyFixtures.InHours;
        var duty = new DutyTask { RuleId = RuleIds.StrategyMeeting, DedupeKey = "k", Title = "t", Type = type, DueAt = found.AddHours(dueHoursAfterFound) };

        Assert.Equal(expected, DutyAssignment.EndsOnFinding(duty, found));
    }
}
