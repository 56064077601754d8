using MissingChildren.Domain.Children;
using MissingChildren.Domain.Teams;

namespace MissingChildren.Tests.Administration.Teams;

/// <summary>Which team of a function serves a child: the one serving their team, else their area's, else the default, else the first by name.</summary>
public sealed class TeamRoutingTests
{
    private static readonly Guid ChathamSocialWork = Guid.Parse("7e000000-0000-4000-8000-000000000001");
    private static readonly Guid GillinghamSocialWork = Guid.Parse("7e000000-0000-4000-8000-000000000002");

    private static Team Rhi(string name, bool isDefault = false, string[]? areas = null, Guid[]? serves = null, TeamFunction function = TeamFunction.ReturnInterviews) => new()
    {
        Name = name,
        Function = function,
        IsDefault = isDefault,
        Areas = [.. areas ?? []],
        ServesTeamIds = [.. serves ?? []],
    };

    [Theory]
    [InlineData("4 River Walk, Chatham ME4 4AB", "ME4")]
    [InlineData("4 River Walk, Chatham, me4 4ab", "ME4")]
    [InlineData("1 High Street, Weston-super-Mare BS231AA", "BS23")]
    [InlineData("10 Downing Street, London SW1A 2AA", "SW1A")]
    [InlineData("Flat 2, B1 House, 3 Road, Birmingham B1 1AA", "B1")]
    [InlineData("Moved from ME4 4AB to ME7 1AA", "ME7")] // the last postcode is where the child lives now
    [InlineData("12 Test Road, Weston", null)]
    [InlineData("Somewhere in ME4", null)] // a district alone is not a postcode
    [InlineData("", null)]
    [InlineData(null, null)]
    public void PostcodeDistrict_IsTheOutwardCodeOfTheLastFullPostcode(string? address, string? expected) =>
        Assert.Equal(expected, TeamRouting.PostcodeDistrict(address));

    [Theory]
    [InlineData("ME4", true)]
    [InlineData("bs23", true)]
    [InlineData("EC1A", true)]
    [InlineData("ME", false)]
    [InlineData("ME4 4AB", false)]
    [InlineData("4ME", false)]
    [InlineData("", false)]
    public void IsPostcodeDistrict_ReadsTheFormatOfADistrict(string value, bool expected) =>
        Assert.Equal(expected, TeamRouting.IsPostcodeDistrict(value));

    [Fact]
    public void TheTeamServingTheChildsTeam_ComesFirst()
    {
        var serving = Rhi("Zeta RHI", serves: [GillinghamSocialWork]);
        Team[] teams = [Rhi("Alpha RHI", isDefault: true), Rhi("Chatham RHI", areas: ["ME4"]), serving];

        Assert.Equal(serving.Id, TeamRouting.TeamFor(TeamFunction.ReturnInterviews, GillinghamSocialWork, "4 River Walk, Chatham ME4 4AB", teams));
    }

    [Fact]
    public void WithNoTeamServingTheirs_TheTeamOfTheChildsArea()
    {
        var chatham = Rhi("Chatham RHI", areas: ["ME5", "me4"]);
        Team[] teams = [Rhi("Alpha RHI", isDefault: true), chatham, Rhi("Gillingham RHI", areas: ["ME7"], serves: [GillinghamSocialWork])];

        Assert.Equal(chatham.Id, TeamRouting.TeamFor(TeamFunction.ReturnInterviews, ChathamSocialWork, "4 River Walk, Chatham ME4 4AB", teams));
    }

    [Fact]
    public void WithNoAreaMatching_TheDefaultTeam()
    {
        var fallback = Rhi("Medway RHI", isDefault: true);
        Team[] teams = [Rhi("Alpha RHI"), fallback, Rhi("Chatham RHI", areas: ["ME4"])];

        Assert.Equal(fallback.Id, TeamRouting.TeamFor(TeamFunction.ReturnInterviews, ChathamSocialWork, "1 Any Road, Rochester ME1 1AA", teams));
        Assert.Equal(fallback.Id, TeamRouting.TeamFor(TeamFunction.ReturnInterviews, null, null, teams));
    }

    [Fact]
    public void WithNoDefault_TheFirstByName_AsBefore()
    {
        var alpha = Rhi("Alpha RHI");
        Team[] teams = [Rhi("Zeta RHI"), alpha, Rhi("Front Door", function: TeamFunction.FrontDoor)];

        Assert.Equal(alpha.Id, TeamRouting.TeamFor(TeamFunction.ReturnInterviews, null, "no postcode", teams));
    }

    [Fact]
    public void AnotherFunctionsTeams_AndTeamsOfUnknownKind_NeverReceiveWork()
    {
        Team[] teams =
        [
            Rhi("Alpha", function: TeamFunction.Unknown, isDefault: true, areas: ["ME4"], serves: [ChathamSocialWork]),
            Rhi("Front Door", function: TeamFunction.FrontDoor, isDefault: true, areas: ["ME4"]),
        ];

        Assert.Null(TeamRouting.TeamFor(TeamFunction.ReturnInterviews, ChathamSocialWork, "Chatham ME4 4AB", teams));
        Assert.Null(TeamRouting.TeamFor(TeamFunction.Unknown, ChathamSocialWork, "Chatham ME4 4AB", teams));
    }

    [Fact]
    public void TeamsFor_RoutesEachFunctionForTheChild()
    {
        var frontDoor = Rhi("Front Door", function: TeamFunction.FrontDoor);
        var chatham = Rhi("Chatham RHI", areas: ["ME4"]);
        var child = new Child { LocalId = "P1", FirstName = "A", LastName = "B", AllocatedTeamId = ChathamSocialWork, Address = "4 River Walk, Chatham ME4 4AB" };

        var routed = TeamRouting.TeamsFor(child, [Rhi("Alpha RHI", isDefault: true), chatham, frontDoor]);

        Assert.Equal(chatham.Id, routed[TeamFunction.ReturnInterviews]);
        Assert.Equal(frontDoor.Id, routed[TeamFunction.FrontDoor]);
        Assert.False(routed.ContainsKey(TeamFunction.EmergencyDuty));
    }
}
