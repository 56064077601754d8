using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>R2, R3: which team holds a new episode, and which practitioners are alerted.</summary>
public sealed class EpisodeRoutingTests
{
    private static readonly Guid FrontDoor = Guid.Parse("0c0c0c0c-0000-4000-8000-000000000001");
    private static readonly Guid Allocated = Guid.Parse("0c0c0c0c-0000-4000-8000-000000000002");
    private static readonly IntakeSettings Routed = new() { LookedAfterToAllocatedPractitioner = true };
    private static readonly IntakeSettings NotRouted = new() { LookedAfterToAllocatedPractitioner = false };

    private static Child Child(string? involvement, Guid? team = null, string? worker = null)
    {
        var child = new Child { LocalId = "P1", FirstName = "A", LastName = "B", AllocatedTeamId = team, AllocatedWorkerId = worker };
        if (involvement is not null)
        {
            child.Involvements.Add(new Involvement { Type = Enum.Parse<InvolvementType>(involvement), StartDate = new DateOnly(2025, 1, 1) });
        }

        return child;
    }

    [Fact]
    public void HoldingTeam_R2_OurLookedAfterChild_TheirAllocatedTeam() =>
        Assert.Equal(Allocated, EpisodeRouting.HoldingTeam(Routed, Child("CLA", Allocated), FrontDoor));

    [Fact]
    public void HoldingTeam_R2_NotInTheProfile_FrontDoor() =>
        Assert.Equal(FrontDoor, EpisodeRouting.HoldingTeam(NotRouted, Child("CLA", Allocated), FrontDoor));

    [Theory]
    [InlineData("CLAOtherAuthority")]
    [InlineData("CP")]
    [InlineData(null)]
    public void HoldingTeam_R3_AnyOtherChild_FrontDoor(string? involvement) =>
        Assert.Equal(FrontDoor, EpisodeRouting.HoldingTeam(Routed, Child(involvement, Allocated), FrontDoor));

    [Fact]
    public void HoldingTeam_R2_LookedAfterWithNoTeam_FrontDoor() =>
        Assert.Equal(FrontDoor, EpisodeRouting.HoldingTeam(Routed, Child("CLA"), FrontDoor));

    [Fact]
    public void HoldingTeam_NoFrontDoorTeam_TheChildsTeam() =>
        Assert.Equal(Allocated, EpisodeRouting.HoldingTeam(Routed, Child("CP", Allocated), null));

    [Fact]
    public void AlertFor_R2_OurLookedAfterChild_TheSocialWorkerAndTheTeamManagers()
    {
        var alert = EpisodeRouting.AlertFor(Child("CLA", Allocated, "sw"), EpisodeCategory.Missing, ["tm-1", "tm-2"]);

        Assert.Equal(RuleIds.LookedAfterRouting, alert.RuleId);
        Assert.Equal(["sw", "tm-1", "tm-2"], alert.Recipients);
        Assert.Equal("Reported missing: a child you work with (R2)", alert.Title);
    }

    [Fact]
    public void AlertFor_R3_AnotherChildWithAWorker_OnlyTheWorker()
    {
        var alert = EpisodeRouting.AlertFor(Child("CP", Allocated, "sw"), EpisodeCategory.Absent, ["tm-1"]);

        Assert.Equal(RuleIds.ServiceRouting, alert.RuleId);
        Assert.Equal(["sw"], alert.Recipients);
        Assert.Equal("Reported absent: a child you work with (R3)", alert.Title);
    }

    [Fact]
    public void AlertFor_R3_NoWorkerNamed_TheTeamManagers() =>
        Assert.Equal(["tm-1"], EpisodeRouting.AlertFor(Child("EarlyHelp", Allocated), EpisodeCategory.Missing, ["tm-1"]).Recipients);

    [Fact]
    public void AlertFor_NotOpenToServices_Nobody() =>
        Assert.Empty(EpisodeRouting.AlertFor(Child(null), EpisodeCategory.Missing, []).Recipients);

    [Fact]
    public void AlertFor_TheWorkerIsAlsoAManager_AlertedOnce() =>
        Assert.Equal(["sw"], EpisodeRouting.AlertFor(Child("CLA", Allocated, "sw"), EpisodeCategory.Missing, ["sw"]).Recipients);
}
