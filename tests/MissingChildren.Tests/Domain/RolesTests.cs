using MissingChildren.Domain;

namespace MissingChildren.Tests.Domain;

public sealed class RolesTests
{
    [Theory]
    [InlineData(Roles.FrontDoor, "front-door")]
    [InlineData(Roles.SocialWorker, "social-worker")]
    [InlineData(Roles.RhiWorker, "rhi-worker")]
    [InlineData(Roles.TeamManager, "team-manager")]
    [InlineData(Roles.HeadOfService, "head-of-service")]
    [InlineData(Roles.Director, "director")]
    [InlineData(Roles.Police, "police")]
    [InlineData(Roles.EmergencyDuty, "emergency-duty")]
    [InlineData(Roles.Education, "education")]
    [InlineData(Roles.Administrator, "administrator")]
    public void ToKebabCase_GivesTheDemoEmailPrefix(string role, string expected) =>
        Assert.Equal(expected, Roles.ToKebabCase(role));

    [Fact]
    public void All_HasTheTenRolesOfTheDomain() =>
        Assert.Equal(
            ["FrontDoor", "SocialWorker", "RhiWorker", "TeamManager", "HeadOfService", "Director", "Police", "EmergencyDuty", "Education", "Administrator"],
            Roles.All);
}
