using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using static MissingChildren.Testing.TestData;

namespace MissingChildren.IntegrationTests.FrontDoor;

/// <summary>/front-door/tray (R3), re-categorising an absence, the episode page and the out-of-hours panel (R6).</summary>
public abstract class TrayTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected TrayTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private async Task<Guid> OpenEpisodeAsync(TestChild child, string kind = "Missing", string risk = "Medium", double hoursAgo = 3)
    {
        var body = await _data.NotifyAsync(_data.Report(Unique("POL-"), new { localId = child.LocalId }, hoursAgo, kind, risk));
        return Guid.Parse((string)body["episodeId"]!);
    }

    private static IReadOnlyList<string> EpisodeIds(HtmlClient.Page page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=tray-row]").Select(r => r.GetAttribute("data-episode")!)];

    [Theory]
    [InlineData(Roles.FrontDoor)]
    [InlineData(Roles.EmergencyDuty)]
    [InlineData(Roles.TeamManager)]
    public async Task Get_AsAReader_ShowsOpenAndRecentlyReturnedEpisodes(string role)
    {
        var page = await (await _app.SignedInAsync(role)).GetAsync("/front-door/tray");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Missing Children and Young People", page.Heading);
        var open = await _app.WithDbAsync(db => db.Episodes.CountAsync(e => e.Status == EpisodeStatus.Open));
        var since = _app.Clock.GetUtcNow().AddDays(-7);
        var returned = await _app.WithDbAsync(db => db.Episodes.CountAsync(e => e.Status == EpisodeStatus.Returned && e.FoundAt >= since));
        Assert.Contains($"{open + returned} episodes", page.Document.QuerySelector("[data-testid=tray] caption")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsTheChildTheirDutyAndOverdueFirst()
    {
        var child = await _data.ChildAsync(involvement: "CP");
        var episodeId = await OpenEpisodeAsync(child, risk: "High");
        // Make this episode's earliest duty the most overdue of all.
        var earliest = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Status == DutyStatus.Open).MinAsync(t => t.DueAt));
        await _app.WithDbAsync(async db =>
        {
            var task = await db.DutyTasks.Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open).OrderBy(t => t.DueAt).FirstAsync();
            task.DueAt = earliest.AddHours(-1);
            return await db.SaveChangesAsync();
        });

        var page = await (await _app.SignedInAsync(Roles.FrontDoor)).GetAsync("/front-door/tray");

        Assert.Equal(episodeId.ToString(), EpisodeIds(page)[0]);
        var row = page.Document.QuerySelector("[data-testid=tray-row]")!;
        Assert.Contains($"{child.FirstName} {child.LastName}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("High", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Child protection plan", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 hours", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", row.QuerySelector("[data-testid=next-duty]")!.TextContent, StringComparison.Ordinal);
        // The child's name opens their record; the episode has its own link.
        Assert.Equal($"/children/{child.Id}", row.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal($"{child.FirstName} {child.LastName}", row.QuerySelector("a")?.TextContent);
        Assert.Equal($"/episodes/{episodeId}", row.QuerySelector("[data-testid=episode-link]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_FiltersByRiskTeamAndInvolvement()
    {
        var child = await _data.ChildAsync(involvement: "YOS");
        var episodeId = (await OpenEpisodeAsync(child, risk: "High")).ToString();
        var team = await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == Guid.Parse(episodeId)).Select(e => e.HoldingTeamId).SingleAsync());
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var high = await client.GetAsync("/front-door/tray?risk=High&involvement=YOS");
        var medium = await client.GetAsync("/front-door/tray?risk=Medium&involvement=YOS");
        var byTeam = await client.GetAsync($"/front-door/tray?team={team}&involvement=YOS&risk=High");
        var otherTeam = await client.GetAsync($"/front-door/tray?team={Guid.NewGuid()}");

        Assert.Contains(episodeId, EpisodeIds(high));
        Assert.All(high.Document.QuerySelectorAll("[data-testid=tray-row]"), r => Assert.Contains("Youth offending service", r.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(episodeId, EpisodeIds(medium));
        Assert.Contains(episodeId, EpisodeIds(byTeam));
        Assert.Empty(EpisodeIds(otherTeam));
        Assert.Contains("No episodes match these filters.", otherTeam.Text, StringComparison.Ordinal);
        Assert.Equal("High", high.Document.QuerySelector("#Risk option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_SortsByMissingSinceAndByRhiDeadline()
    {
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var oldestFirst = await client.GetAsync("/front-door/tray?sort=missing-from");
        var newestFirst = await client.GetAsync("/front-door/tray?sort=missing-from&order=desc");
        var byRhi = await client.GetAsync("/front-door/tray?sort=rhi-due");

        var expected = await _app.WithDbAsync(db => db.Episodes.Where(e => e.Status == EpisodeStatus.Open || e.Status == EpisodeStatus.Returned)
            .Select(e => new { e.Id, e.MissingFrom, e.Status, e.FoundAt }).ToListAsync());
        var since = _app.Clock.GetUtcNow().AddDays(-7);
        var inTray = expected.Where(e => e.Status == EpisodeStatus.Open || e.FoundAt >= since).ToList();
        var missingFrom = inTray.ToDictionary(e => e.Id.ToString(), e => e.MissingFrom);
        Assert.Equal(inTray.Min(e => e.MissingFrom), missingFrom[EpisodeIds(oldestFirst)[0]]);
        Assert.Equal(inTray.Max(e => e.MissingFrom), missingFrom[EpisodeIds(newestFirst)[0]]);
        Assert.True(missingFrom[EpisodeIds(oldestFirst)[0]] <= missingFrom[EpisodeIds(oldestFirst)[^1]]);
        Assert.Equal("descending", newestFirst.Document.QuerySelectorAll("th[aria-sort]").Single(th => th.TextContent.Contains("Missing for", StringComparison.Ordinal)).GetAttribute("aria-sort"));
        var withRhi = await _app.WithDbAsync(db => db.Episodes.Where(e => e.ReturnHomeInterviewId != null && e.Status == EpisodeStatus.Returned && e.FoundAt >= since)
            .Select(e => new { e.Id, Due = db.ReturnHomeInterviews.Where(r => r.Id == e.ReturnHomeInterviewId).Select(r => r.OfferDueAt).First() }).ToListAsync());
        Assert.Equal(withRhi.Min(e => e.Due), withRhi.Single(e => e.Id.ToString() == EpisodeIds(byRhi)[0]).Due);
    }

    [Fact]
    public async Task Get_PagesTwentyFiveAtATime()
    {
        var child = await _data.ChildAsync();
        var now = _app.Clock.GetUtcNow();
        await _app.WithDbAsync(async db =>
        {
            var childId = await db.Children.Where(c => c.LocalId == child.LocalId).Select(c => c.Id).SingleAsync();
            for (var i = 0; i < 30; i++)
            {
                db.Episodes.Add(new MissingEpisode { ChildId = childId, Category = EpisodeCategory.Missing, Status = EpisodeStatus.Open, MissingFrom = now.AddHours(-i - 1), ReportedAt = now.AddHours(-i - 1), NotifiedAt = now });
            }

            return await db.SaveChangesAsync();
        });
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var first = await client.GetAsync("/front-door/tray");
        var total = await _app.WithDbAsync(db => db.Episodes.CountAsync(e => e.Status == EpisodeStatus.Open || (e.Status == EpisodeStatus.Returned && e.FoundAt >= now.AddDays(-7))));
        var lastPage = (total + 24) / 25;
        var last = await client.GetAsync($"/front-door/tray?page={lastPage}");

        Assert.Equal(25, EpisodeIds(first).Count);
        Assert.Contains($"Showing 1 to 25 of {total}", first.Text, StringComparison.Ordinal);
        Assert.Equal(total - ((lastPage - 1) * 25), EpisodeIds(last).Count);
        Assert.Empty(EpisodeIds(first).Intersect(EpisodeIds(last)));
        Assert.NotNull(first.Document.QuerySelector("a[rel=next][href='/front-door/tray?page=2']"));
    }

    [Fact]
    public async Task Recategorise_WithAReason_MakesTheAbsenceMissingAndRecordsWhoAndWhy()
    {
        // A looked-after child of the test's own team (R2): the tray filtered by that team holds only this episode.
        var team = await _data.TeamAsync();
        var child = await _data.ChildAsync(involvement: "CLA", team: team);
        var episodeId = await OpenEpisodeAsync(child, kind: "Absent");
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var tray = await client.GetAsync($"/front-door/tray?team={team.Id}");
        Assert.Equal([episodeId.ToString()], EpisodeIds(tray));
        Assert.NotNull(tray.Document.QuerySelector($"a[href='/front-door/episodes/{episodeId}/recategorise']"));
        var form = await client.GetAsync($"/front-door/episodes/{episodeId}/recategorise");

        var result = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Reason"] = "Police now grade the child as missing" });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal($"/episodes/{episodeId}", result.Location);
        var episode = await _app.WithDbAsync(db => db.Episodes.Include(e => e.CategoryChanges).SingleAsync(e => e.Id == episodeId));
        Assert.Equal(EpisodeCategory.Missing, episode.Category);
        var change = Assert.Single(episode.CategoryChanges);
        Assert.Equal(EpisodeCategory.Absent, change.From);
        Assert.Equal("Police now grade the child as missing", change.Reason);
        Assert.Equal(DemoUsers.EmailFor(Roles.FrontDoor), change.ChangedBy);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == episodeId.ToString() && a.Action == "Modified" && a.Actor == change.ChangedBy)));
        Assert.Equal("Missing episode", (await client.GetAsync(result.Location!)).Heading);
    }

    [Fact]
    public async Task Recategorise_WhenNoReason_ReturnsErrorAndChangesNothing()
    {
        var child = await _data.ChildAsync();
        var episodeId = await OpenEpisodeAsync(child, kind: "Absent");
        var client = await _app.SignedInAsync(Roles.EmergencyDuty);
        var form = await client.GetAsync($"/front-door/episodes/{episodeId}/recategorise");

        var result = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Reason"] = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Enter why the absence is now a missing episode"], result.ErrorSummary);
        Assert.Equal("Enter why the absence is now a missing episode", result.FieldError("Reason"));
        Assert.Equal(EpisodeCategory.Absent, await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Category).SingleAsync()));
    }

    [Fact]
    public async Task Recategorise_WhenAlreadyMissing_ReturnsError()
    {
        var child = await _data.ChildAsync();
        var episodeId = await OpenEpisodeAsync(child);
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var form = await client.GetAsync($"/front-door/episodes/{episodeId}/recategorise");

        var result = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Reason"] = "Because" });

        Assert.Equal(["Only an open absence can be re-categorised as missing"], result.ErrorSummary);
    }

    [Fact]
    public async Task Recategorise_AsTeamManager_IsForbidden()
    {
        var child = await _data.ChildAsync();
        var episodeId = await OpenEpisodeAsync(child, kind: "Absent");

        var page = await (await _app.SignedInAsync(Roles.TeamManager)).GetAsync($"/front-door/episodes/{episodeId}/recategorise");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Theory]
    [InlineData(Roles.HeadOfService)]
    [InlineData(Roles.Director)]
    public async Task EpisodePage_OpensForHeadsOfServiceAndDirectors_WhoApproveWithItInView(string role)
    {
        var child = await _data.ChildAsync();
        var episodeId = await OpenEpisodeAsync(child, risk: "High");

        var page = await (await _app.SignedInAsync(role)).GetAsync($"/episodes/{episodeId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Missing episode", page.Heading);
        Assert.Contains(child.LocalId, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EpisodePage_ShowsTheFactsAndDuties()
    {
        var child = await _data.ChildAsync();
        var episodeId = await OpenEpisodeAsync(child, risk: "High");
        var tasks = await _app.WithDbAsync(db => db.DutyTasks.CountAsync(t => t.EpisodeId == episodeId));

        var page = await (await _app.SignedInAsync(Roles.TeamManager)).GetAsync($"/episodes/{episodeId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Missing episode", page.Heading);
        Assert.Contains(child.LocalId, page.Text, StringComparison.Ordinal);
        Assert.Equal(tasks, page.Document.QuerySelectorAll("[data-testid=duty]").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignedInAsync(Roles.FrontDoor)).GetAsync($"/episodes/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync(Roles.Police)).GetAsync($"/episodes/{episodeId}")).StatusCode);
    }

    [Fact]
    public async Task EmergencyDuty_InCoreHours_SeesTheirDutiesWithoutTheOutOfHoursBanner()
    {
        var page = await (await _app.SignedInAsync(Roles.EmergencyDuty)).GetAsync("/front-door/tray");

        var panel = page.Document.QuerySelector("[data-testid=out-of-hours]");
        Assert.NotNull(panel);
        Assert.DoesNotContain("Out of hours:", panel.TextContent, StringComparison.Ordinal);
        Assert.Null((await (await _app.SignedInAsync(Roles.FrontDoor)).GetAsync("/front-door/tray")).Document.QuerySelector("[data-testid=out-of-hours]"));
    }
}

public sealed class TrayTestsOnSqlite(SqliteAppFactory app) : TrayTests(app), IClassFixture<SqliteAppFactory>;

public sealed class TrayTestsOnPostgreSql(PostgreSqlAppFactory app) : TrayTests(app), IClassFixture<PostgreSqlAppFactory>;
