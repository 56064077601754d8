using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>The test hosts' own promises: each starts from the demo council's template, can go back to it, and the builders make what they say.</summary>
public abstract class TestDataTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected TestDataTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task ResetDatabase_PutsBackTheDemoCouncilAndNothingElse()
    {
        var child = await _data.ChildAsync();

        await _app.ResetDatabaseAsync();

        Assert.False(await _app.WithDbAsync(db => db.Children.AnyAsync(c => c.Id == child.Id)));
        Assert.Equal(40, await _app.WithDbAsync(db => db.Children.CountAsync()));
        Assert.Equal(3, await _app.WithDbAsync(db => db.Notifications.CountAsync()));
        await _app.SignedInAsync(Roles.FrontDoor);
    }

    [Fact]
    public async Task Builders_MakeAReturnedLookedAfterChildOfTheirOwnTeam_WithTheRhiOfferDuty()
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var child = await _data.ChildAsync(involvement: "CLA", worker: worker, dateOfBirth: _data.BornYearsAgo(14));

        var episodeId = await _data.ReturnedAsync(child);
        var rhiId = await _data.ReturnHomeInterviewOfAsync(episodeId);
        var duty = await _data.DutyAsync(episodeId, RuleIds.RhiOffer);
        await _data.AdvanceToAsync(duty.DueAt.AddMinutes(1));

        var stored = await _app.WithDbAsync(db => db.Children.SingleAsync(c => c.Id == child.Id));
        Assert.Equal((team.Id, worker.Id), (stored.AllocatedTeamId, stored.AllocatedWorkerId));
        Assert.Equal(14, stored.AgeOn(DateOnly.FromDateTime(_data.Now.UtcDateTime)));
        var episode = await _app.WithDbAsync(db => db.Episodes.SingleAsync(e => e.Id == episodeId));
        Assert.Equal((EpisodeStatus.Returned, rhiId, team.Id), (episode.Status, episode.ReturnHomeInterviewId!.Value, episode.HoldingTeamId!.Value));
        Assert.True((await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id))).IsOverdueAt(_data.Now));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await (await _app.SignedInAsync(worker)).GetAsync($"/children/{child.Id}")).StatusCode);
    }
}

public sealed class TestDataTestsOnSqlite(SqliteAppFactory app) : TestDataTests(app), IClassFixture<SqliteAppFactory>;

public sealed class TestDataTestsOnPostgreSql(PostgreSqlAppFactory app) : TestDataTests(app), IClassFixture<PostgreSqlAppFactory>;
