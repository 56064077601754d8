using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>
/// The child's History tab tells the work in its own words where one change says it all: recording the child found
/// reads "Recorded the child as found" by the worker who did it, not "Changed a missing episode" and a list of fields.
/// </summary>
public abstract class HistoryTimelineTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected HistoryTimelineTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task RecordingFound_ReadsAsTheChildRecordedFound_ByTheWorker()
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var child = await _data.ChildAsync(involvement: "CLA", worker: worker);
        await _data.MissingAsync(child, hoursAgo: 5);
        var client = await _app.SignedInAsync(worker);
        await client.SubmitAsync(await client.GetAsync($"/children/{child.Id}/found"),
            CaseData.DateTime("FoundAt", _app.Clock.GetUtcNow().AddHours(-1)).With(new Dictionary<string, string?>
            {
                ["FoundLocation"] = "Weston bus station", ["FoundBy"] = "Police", ["SafeAndWellCheckDone"] = "Yes", ["SafeAndWellCheck"] = "No injuries.",
            }));

        var page = await client.GetAsync($"/children/{child.Id}/history");

        var items = page.Document.QuerySelectorAll("[data-testid=history] .moj-timeline__item").ToList();
        var found = Assert.Single(items, i => i.QuerySelector(".moj-timeline__title")!.TextContent.Trim() == "Recorded the child as found");
        var name = await _app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == worker.Id).DisplayName));
        Assert.Equal($"by {name}", found.QuerySelector(".moj-timeline__byline")!.TextContent.Trim());
        Assert.DoesNotContain(items, i => i.QuerySelector(".moj-timeline__title")!.TextContent.Trim() == "Changed a missing episode"
            && i.TextContent.Contains("Found at", StringComparison.Ordinal));
    }
}

public sealed class HistoryTimelineTestsOnSqlite(SqliteAppFactory app) : HistoryTimelineTests(app), IClassFixture<SqliteAppFactory>;

public sealed class HistoryTimelineTestsOnPostgreSql(PostgreSqlAppFactory app) : HistoryTimelineTests(app), IClassFixture<PostgreSqlAppFactory>;
