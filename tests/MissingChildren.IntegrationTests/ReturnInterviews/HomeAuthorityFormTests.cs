using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.IntegrationTests.Administration.Audit;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// R8 (001 §4.1, 003): the home authority's RHI form duties (request, reminder, escalation) are Front Door's work. The
/// RHI tray shows them to Front Door and to the manager of the team that holds them; a manager of another team sees
/// none and is refused (403, and a "Refused" audit entry) when they try to mark one received.
/// </summary>
public abstract class HomeAuthorityFormTests
{
    private readonly AppFactory _app;
    private readonly RhiTestData _data;
    private readonly TestData _people;

    protected HomeAuthorityFormTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new RhiTestData(app);
        _people = new TestData(app);
    }

    /// <summary>Another authority's child placed here, returned: their form is asked for (R8). The episode and the team holding the duty.</summary>
    private async Task<(Guid EpisodeId, Guid ChildId, TestData.TestTeam Holder)> FormAskedForAsync()
    {
        var episodeId = await _data.ReturnAsync(await _data.ChildAsync(14, homeAuthority: "Bristol City Council"));
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.RhiFormRequest));
        var team = await _app.WithDbAsync(db => db.Teams.Where(t => t.Id == duty.AssigneeTeamId).Select(t => t.Name).SingleAsync());
        return (episodeId, duty.ChildId, new TestData.TestTeam(duty.AssigneeTeamId!.Value, team));
    }

    private Task<int> OpenAsync(Guid episodeId) =>
        _app.WithDbAsync(db => db.DutyTasks.CountAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.RhiFormRequest && t.Status == DutyStatus.Open));

    [Fact]
    public async Task ManagerOfAnotherTeam_SeesNoneOfIt_AndMarkingItIsRefused()
    {
        var (episodeId, childId, _) = await FormAskedForAsync();
        var other = await _people.WorkerAsync(Roles.TeamManager, await _people.TeamAsync());
        var client = await _app.SignedInAsync(other);

        var tray = await client.GetAsync("/rhi");
        Assert.Equal(HttpStatusCode.OK, tray.StatusCode);
        Assert.Null(tray.Document.QuerySelector($"input[value='{episodeId}']"));

        var marked = await AuditedAccess.PostAsync(client, "/rhi?handler=FormReceived", new() { ["episodeId"] = episodeId.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, marked.StatusCode);
        Assert.Equal(1, await OpenAsync(episodeId));
        Assert.Null(await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.RhiFormReceivedAt).SingleAsync()));
        var refused = await AuditedAccess.RefusedAsync(_app, other.Email, childId, "MissingEpisode", "/rhi");
        Assert.Equal(episodeId.ToString(), refused.EntityId);
    }

    [Fact]
    public async Task ManagerOfTheTeamThatHoldsIt_SeesIt_AndMarksItReceived()
    {
        var (episodeId, childId, holder) = await FormAskedForAsync();
        var manager = await _people.WorkerAsync(Roles.TeamManager, holder);
        var client = await _app.SignedInAsync(manager);

        var tray = await client.GetAsync("/rhi");
        var row = tray.Document.QuerySelector($"input[value='{episodeId}']")!.Closest("tr")!;
        Assert.Contains("Bristol City Council", row.TextContent, StringComparison.Ordinal);
        await AuditedAccess.ViewedAsync(_app, manager.Email, childId, "MissingEpisode", "/rhi");

        var marked = await client.SubmitAsync(tray, new Dictionary<string, string?> { ["episodeId"] = episodeId.ToString() }, $"form:has(input[value='{episodeId}'])");

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(0, await OpenAsync(episodeId));
    }

    [Fact]
    public async Task FrontDoor_KeepsEveryOne()
    {
        var (episodeId, _, _) = await FormAskedForAsync();
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var tray = await client.GetAsync("/rhi");

        Assert.NotNull(tray.Document.QuerySelector($"input[value='{episodeId}']"));
    }
}

public sealed class HomeAuthorityFormTestsOnSqlite(SqliteAppFactory app) : HomeAuthorityFormTests(app), IClassFixture<SqliteAppFactory>;

public sealed class HomeAuthorityFormTestsOnPostgreSql(PostgreSqlAppFactory app) : HomeAuthorityFormTests(app), IClassFixture<PostgreSqlAppFactory>;
