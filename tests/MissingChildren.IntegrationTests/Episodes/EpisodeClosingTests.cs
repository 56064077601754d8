using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.IntegrationTests.Episodes;

/// <summary>
/// Episodes close when the protocol's conditions hold, not only when an RHI is authorised (R30): another authority's
/// child once their form is received and the home authority was told (R8, 001 §4.1), an absence once its duties are
/// done (R30, 001 §3.2). The condition is shown on the episode page, the Front Door tray and the child's timeline;
/// until then the episode page says what it waits for.
/// </summary>
public abstract class EpisodeClosingTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected EpisodeClosingTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    [Fact]
    public async Task OtherAuthoritysChild_ClosesWhenTheHomeAuthorityIsToldAndItsFormReceived_AndEveryPageSaysSo()
    {
        var child = await _data.ChildAsync("CLAOtherAuthority", homeAuthority: "Bristol City Council");
        var episodeId = await _data.ReturnedAsync(child);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);

        var before = await client.GetAsync($"/episodes/{episodeId}");
        Assert.Equal("Returned", before.Document.QuerySelector("[data-testid='episode-status']")!.TextContent.Trim());
        var waiting = before.Document.QuerySelector("[data-testid='closes-when']")!.TextContent;
        Assert.Contains("The home authority's return home interview form has not been received (R8)", waiting, StringComparison.Ordinal);
        Assert.Contains("2 duties of this episode are still open", waiting, StringComparison.Ordinal); // telling them, asking for the form

        // R8: Front Door tells the home authority (recorded done on the child's record) ...
        var told = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.HomeAuthorityNotification));
        Assert.Equal(RuleIds.OtherAuthorityChild, told.RuleId);
        var dutyPage = await client.GetAsync($"/children/{child.Id}/duties/{told.Id}");
        var done = await client.SubmitAsync(dutyPage, new Dictionary<string, string?>
        {
            ["DoneAt.Day"] = Now.Day.ToString(CultureInfo.InvariantCulture),
            ["DoneAt.Month"] = Now.Month.ToString(CultureInfo.InvariantCulture),
            ["DoneAt.Year"] = Now.Year.ToString(CultureInfo.InvariantCulture),
            ["DoneAt.Time"] = Now.AddMinutes(-5).ToString("HH:mm", CultureInfo.InvariantCulture),
            ["WhatWasDone"] = "Phoned the home authority's duty team",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var stillWaiting = await client.GetAsync($"/episodes/{episodeId}");
        Assert.Equal("Returned", stillWaiting.Document.QuerySelector("[data-testid='episode-status']")!.TextContent.Trim());

        // ... and records their form received: the episode closes at once.
        var tray = await client.GetAsync("/rhi");
        var received = await client.SubmitAsync(tray, new Dictionary<string, string?> { ["episodeId"] = episodeId.ToString() }, $"form:has(input[value='{episodeId}'])");
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);

        var after = await client.GetAsync($"/episodes/{episodeId}");
        Assert.StartsWith("Closed: home authority's form received", after.Document.QuerySelector("[data-testid='episode-status']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("[data-testid='closes-when']"));

        var frontDoorTray = await client.GetAsync("/front-door/tray");
        var row = frontDoorTray.Document.QuerySelector($"[data-testid='tray-row'][data-episode='{episodeId}']")!;
        Assert.Equal("Closed: home authority's form received", row.QuerySelector("[data-testid='closed-reason']")!.TextContent.Trim());

        var timeline = await client.GetAsync($"/children/{child.Id}/episodes");
        Assert.Contains("Closed: home authority's form received", timeline.Document.QuerySelector("[data-testid='timeline']")!.TextContent, StringComparison.Ordinal);

        var episode = await _app.WithDbAsync(db => db.Episodes.AsNoTracking().SingleAsync(e => e.Id == episodeId));
        Assert.Equal((EpisodeStatus.Closed, EpisodeClosure.HomeAuthorityFormReceived), (episode.Status, episode.ClosedAs));
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == episodeId.ToString() && a.Action == "Modified" && a.Changes!.Contains("ClosedAs"))));
    }

    [Fact]
    public async Task OtherAuthoritysChild_FormReceivedBeforeTheHomeAuthorityIsTold_WaitsForThatDuty()
    {
        var child = await _data.ChildAsync("CLAOtherAuthority", homeAuthority: "Bath and North East Somerset Council");
        var episodeId = await _data.ReturnedAsync(child);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);
        var tray = await client.GetAsync("/rhi");
        await client.SubmitAsync(tray, new Dictionary<string, string?> { ["episodeId"] = episodeId.ToString() }, $"form:has(input[value='{episodeId}'])");

        var page = await client.GetAsync($"/episodes/{episodeId}");

        Assert.Equal("Returned", page.Document.QuerySelector("[data-testid='episode-status']")!.TextContent.Trim());
        var waiting = page.Document.QuerySelector("[data-testid='closes-when']")!.TextContent;
        Assert.DoesNotContain("form has not been received", waiting, StringComparison.Ordinal);
        Assert.Contains("1 duty of this episode is still open", waiting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Absence_ClosesOnTheSweepOnceReturnedAndItsDutiesAreDone()
    {
        var child = await _data.ChildAsync();
        var reference = TestData.Unique("POL-");
        var episodeId = await _data.MissingAsync(child, kind: "Absent", reference: reference);
        await _data.FoundAsync(child, reference);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);

        // R28 (001 §3.1): a CE form is started for every absent child too; the episode waits for it.
        var page = await client.GetAsync($"/episodes/{episodeId}");
        Assert.Equal("Returned", page.Document.QuerySelector("[data-testid='episode-status']")!.TextContent.Trim());
        Assert.Contains("duty of this episode is still open", page.Document.QuerySelector("[data-testid='closes-when']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("return home interview", page.Document.QuerySelector("[data-testid='closes-when']")!.TextContent, StringComparison.Ordinal);

        await _app.WithDbAsync(async db =>
        {
            foreach (var duty in await db.DutyTasks.Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open).ToListAsync())
            {
                duty.Complete(Now, "Risk assessment completed");
            }

            return await db.SaveChangesAsync();
        });
        await _app.SweepAsync();

        var closed = await client.GetAsync($"/episodes/{episodeId}");
        Assert.StartsWith("Closed: absent, not missing: returned and no return home interview needed",
            closed.Document.QuerySelector("[data-testid='episode-status']")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingEpisode_WithItsInterviewToDo_SaysAManagerAuthorisesIt()
    {
        var child = await _data.ChildAsync();
        var episodeId = await _data.ReturnedAsync(child);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);

        var page = await client.GetAsync($"/episodes/{episodeId}");

        Assert.Contains("A manager authorises the return home interview once it is done, declined or recorded as no contact (R30)",
            page.Document.QuerySelector("[data-testid='closes-when']")!.TextContent, StringComparison.Ordinal);
        await _app.SweepAsync();
        Assert.Equal(EpisodeStatus.Returned, await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Status).SingleAsync()));
    }
}

public sealed class EpisodeClosingTestsOnSqlite(SqliteAppFactory app) : EpisodeClosingTests(app), IClassFixture<SqliteAppFactory>;

public sealed class EpisodeClosingTestsOnPostgreSql(PostgreSqlAppFactory app) : EpisodeClosingTests(app), IClassFixture<PostgreSqlAppFactory>;
