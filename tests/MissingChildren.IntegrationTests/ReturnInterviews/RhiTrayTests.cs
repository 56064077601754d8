using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// The /rhi tray as lists grow: each list paged in the database, overdue first then the nearest deadline (or by child),
/// a manager's team filter, and the demo RHI worker's own interviews.
/// </summary>
public abstract class RhiTrayTests
{
    private readonly AppFactory _app;

    protected RhiTrayTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    /// <summary>Unallocated RHIs for demo children held by the team manager's team, long overdue so they come first.</summary>
    private async Task<List<Guid>> OverdueUnallocatedAsync(int count, int hoursAgo, Guid? allocatedTeamId = null)
    {
        return await _app.WithDbAsync(async db =>
        {
            var managerTeam = await db.Users.Where(u => u.Email == DemoUsers.EmailFor(Roles.TeamManager)).Select(u => u.TeamId).SingleAsync();
            var children = await db.Children.Where(c => c.AllocatedTeamId == managerTeam).OrderBy(c => c.LocalId).Select(c => c.Id).ToListAsync();
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var rhi = new ReturnHomeInterview
                {
                    ChildId = children[i % children.Count],
                    Status = RhiStatus.Requested,
                    RequestedAt = Now.AddHours(-hoursAgo - 100 + i),
                    AllocateDueAt = Now.AddHours(-hoursAgo + i),
                    OfferDueAt = Now.AddHours(-hoursAgo + 50 + i),
                    AllocatedTeamId = allocatedTeamId,
                };
                db.ReturnHomeInterviews.Add(rhi);
                ids.Add(rhi.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });
    }

    private static List<string> RowLinks(HtmlClient.Page page, string section) =>
        [.. page.Document.QuerySelectorAll($"#{section} ~ .mc-table-region table")[0].QuerySelectorAll("tbody tr td:first-child a[href^='/rhi/']").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task Tray_PagesTheUnallocatedList_OverdueFirstInDeadlineOrder()
    {
        var ids = await OverdueUnallocatedAsync(30, hoursAgo: 5000);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);

        var first = await client.GetAsync("/rhi");

        var heading = first.Document.QuerySelector("#unallocated")!.TextContent;
        var total = int.Parse(heading[(heading.IndexOf('(', StringComparison.Ordinal) + 1)..heading.IndexOf(')', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 30, heading);
        var links = RowLinks(first, "unallocated");
        Assert.Equal(25, links.Count);
        Assert.Equal(ids.Take(25).Select(id => $"/rhi/{id}"), links); // the earliest allocation deadline first
        Assert.NotNull(first.Document.QuerySelector("nav[aria-label='Unallocated interviews: pages']"));

        var second = await client.GetAsync("/rhi?unallocatedPage=2");
        var secondLinks = RowLinks(second, "unallocated");
        Assert.Equal(ids.Skip(25).Select(id => $"/rhi/{id}"), secondLinks.Take(5));
        Assert.Contains($"Showing 26 to {Math.Min(50, total)} of {total}", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tray_SortedByChild_ListsChildrenInSurnameOrder_AndLinksBackToDeadlineOrder()
    {
        await OverdueUnallocatedAsync(3, hoursAgo: 4000);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);

        var page = await client.GetAsync("/rhi?sort=child");

        var names = page.Document.QuerySelectorAll("#unallocated ~ .mc-table-region table")[0].QuerySelectorAll("tbody tr td:first-child [data-testid=child-link]")
            .Select(a => a.TextContent.Trim().Split(' ')[^1]).ToList();
        Assert.True(names.Count > 1);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal("ascending", page.Document.QuerySelectorAll("#unallocated ~ .mc-table-region table")[0].QuerySelector("th")!.GetAttribute("aria-sort"));
        Assert.NotNull(page.Document.QuerySelector("a[href*='sort=deadline']"));
    }

    [Fact]
    public async Task Tray_TeamFilter_ShowsOnlyTheChosenTeamsInterviews()
    {
        var (wellbeing, corporate) = await _app.WithDbAsync(async db => (
            await db.Teams.Where(t => t.Name == "Family Wellbeing").Select(t => t.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == DemoUsers.EmailFor(Roles.TeamManager)).Select(u => u.TeamId!.Value).SingleAsync()));
        var heldByWellbeing = (await OverdueUnallocatedAsync(1, 3000, wellbeing))[0];
        var heldByUs = (await OverdueUnallocatedAsync(1, 2999, corporate))[0];
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);

        var all = await client.GetAsync("/rhi");
        Assert.NotNull(all.Document.QuerySelector($"select#team option[value='{wellbeing}']"));
        Assert.NotNull(all.Document.QuerySelector($"select#team option[value='{corporate}']"));

        var filtered = await client.GetAsync($"/rhi?team={corporate}");

        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
        Assert.Null(filtered.Document.QuerySelector($"a[href='/rhi/{heldByWellbeing}']"));
        Assert.NotNull(filtered.Document.QuerySelector($"a[href='/rhi/{heldByUs}']"));
        Assert.Equal("selected", filtered.Document.QuerySelector($"select#team option[value='{corporate}']")!.GetAttribute("selected"));

        var theirs = await client.GetAsync($"/rhi?team={wellbeing}");
        Assert.NotNull(theirs.Document.QuerySelector($"a[href='/rhi/{heldByWellbeing}']"));
        Assert.Null(theirs.Document.QuerySelector($"a[href='/rhi/{heldByUs}']"));
    }

    [Fact]
    public async Task Tray_AsTheDemoRhiWorker_ListsTheInterviewsAllocatedToThemWithTheirAttempts()
    {
        var seeded = await _app.WithDbAsync(db => db.ReturnHomeInterviews
            .Where(r => r.RequestedAt < AppFactory.StartTime && r.AllocatedWorkerId == db.Users.Where(u => u.Email == DemoUsers.EmailFor(Roles.RhiWorker)).Select(u => u.Id).Single())
            .Select(r => new { r.Id, Attempts = r.ContactAttempts.Count }).ToListAsync());
        Assert.Equal(2, seeded.Count);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.RhiWorker);

        foreach (var rhi in seeded)
        {
            var (page, row) = await RhiTestData.TrayRowAsync(client, rhi.Id);
            Assert.Same(page.Document.QuerySelectorAll("#interviews ~ .mc-table-region table")[0], row.Closest("table"));
            Assert.Contains("Rory Interview Worker", row.TextContent, StringComparison.Ordinal);
            Assert.Contains(rhi.Attempts == 1 ? "Offer the interview" : "Make the first contact attempt", row.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains(seeded, r => r.Attempts == 1);
    }

    [Fact]
    public async Task Tray_WithAPageNumberBeyondTheEnd_ShowsTheLastPage()
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.RhiWorker);

        var page = await client.GetAsync("/rhi?interviewsPage=999&unallocatedPage=-3");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(RowLinks(page, "interviews"));
    }
}

public sealed class RhiTrayTestsOnSqlite(SqliteAppFactory app) : RhiTrayTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RhiTrayTestsOnPostgreSql(PostgreSqlAppFactory app) : RhiTrayTests(app), IClassFixture<PostgreSqlAppFactory>;
