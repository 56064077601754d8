using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Teams;

namespace MissingChildren.IntegrationTests.Administration.Teams;

/// <summary>A returned child's return interview duties go to the service of their area or team, not the first RHI team by name.</summary>
public abstract class TeamRoutingTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected TeamRoutingTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task AReturnedChild_TheirInterviewDutiesGoToTheReturnInterviewServiceOfTheirArea()
    {
        var area = await RhiServiceAsync(team => team.Areas = ["QQ9"]);
        var defaultService = await _app.WithDbAsync(db => db.Teams.Where(t => t.Function == TeamFunction.ReturnInterviews && t.IsDefault).Select(t => t.Id).SingleAsync());
        var inArea = await _data.ChildAsync("CIN", address: "7 Quay Lane, Porthaven qq9 4ab");
        var elsewhere = await _data.ChildAsync("CIN", address: "7 Quay Lane, Weston BS23 1AA");

        var inAreaOffer = await _data.DutyAsync(await _data.ReturnedAsync(inArea), RuleIds.RhiOffer);
        var elsewhereOffer = await _data.DutyAsync(await _data.ReturnedAsync(elsewhere), RuleIds.RhiOffer);

        Assert.Equal(area, inAreaOffer.AssigneeTeamId);
        Assert.Equal(defaultService, elsewhereOffer.AssigneeTeamId);
    }

    [Fact]
    public async Task AReturnedChild_TheirInterviewDutiesGoToTheServiceOfTheirSocialWorkTeam_BeforeTheirArea()
    {
        var socialWork = await _data.TeamAsync();
        await RhiServiceAsync(team => team.Areas = ["QQ8"]);
        var serving = await RhiServiceAsync(team => team.ServesTeamIds = [socialWork.Id]);
        var child = await _data.ChildAsync("CIN", socialWork, address: "2 Quay Lane, Porthaven QQ8 1AB");

        var offer = await _data.DutyAsync(await _data.ReturnedAsync(child), RuleIds.RhiOffer);

        Assert.Equal(serving, offer.AssigneeTeamId);
    }

    private async Task<Guid> RhiServiceAsync(Action<Team> configure)
    {
        var made = await _data.TeamAsync(TeamFunction.ReturnInterviews);
        await _app.WithDbAsync(async db =>
        {
            configure(await db.Teams.SingleAsync(t => t.Id == made.Id));
            return await db.SaveChangesAsync();
        });
        return made.Id;
    }
}

public sealed class TeamRoutingTestsOnSqlite(SqliteAppFactory app) : TeamRoutingTests(app), IClassFixture<SqliteAppFactory>;

public sealed class TeamRoutingTestsOnPostgreSql(PostgreSqlAppFactory app) : TeamRoutingTests(app), IClassFixture<PostgreSqlAppFactory>;
