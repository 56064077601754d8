using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Administration.Users;

/// <summary>/admin/users and a user's pages: only administrators; the list searched, filtered and paged.</summary>
public abstract class UsersPageTests
{
    private readonly AppFactory _app;

    protected UsersPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> OtherRoles => [.. Roles.All.Where(r => r != Roles.Administrator)];

    private async Task<string[]> UrlsAsync()
    {
        var id = await UserAdmin.UserIdAsync(_app, DemoUsers.EmailFor(Roles.SocialWorker));
        return [UserAdmin.Users, "/admin/users/new", UserAdmin.UserPage(id), $"{UserAdmin.UserPage(id)}/edit"];
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task EveryOtherRole_IsForbidden(string role)
    {
        var client = await _app.SignedInAsync(role);

        foreach (var url in await UrlsAsync())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task SignedOut_IsSentToSignIn()
    {
        var client = _app.CreateHtmlClient();

        foreach (var url in await UrlsAsync())
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/account/sign-in", new Uri(new Uri("http://localhost"), page.Location).PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Administrator_SeesEveryPage()
    {
        var client = await _app.SignedInAsync(Roles.Administrator);

        foreach (var url in await UrlsAsync())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(UserAdmin.UserPage("no-such-user"))).StatusCode);
    }

    [Fact]
    public async Task List_ShowsEachUsersRolesTeamAgencyAndState_AndLinksToTheirPage()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var worker = await data.WorkerAsync(Roles.RhiWorker, team, Agency.FamilyWellbeing);
        var client = await _app.SignedInAsync(Roles.Administrator);

        var page = await client.GetAsync($"{UserAdmin.Users}?q={Uri.EscapeDataString(worker.Email)}");

        var row = Assert.Single(page.Document.QuerySelectorAll("[data-testid=users] tbody tr"));
        Assert.Equal(
            ["Test return home interview worker", worker.Email, "Return home interview worker", team.Name, "Family wellbeing (early help)", "Active"],
            row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList());
        Assert.Equal(UserAdmin.UserPage(worker.Id), row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Users matching", page.Document.QuerySelector("[data-testid=users] caption")?.TextContent.Trim());
    }

    [Fact]
    public async Task Search_FindsByNameOrEmail_AndFiltersByRoleTeamAndState()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var worker = await data.WorkerAsync(Roles.RhiWorker, team);
        var manager = await data.WorkerAsync(Roles.TeamManager, team);
        await _app.WithDbAsync(db => db.Users.Where(u => u.Id == manager.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, _app.Clock.GetUtcNow())));
        var client = await _app.SignedInAsync(Roles.Administrator);

        async Task<List<string>> EmailsAsync(string query) =>
            [.. (await client.GetAsync($"{UserAdmin.Users}?{query}")).Document.QuerySelectorAll("[data-testid=users] tbody tr td:nth-of-type(1)").Select(td => td.TextContent.Trim())];

        Assert.Equal([worker.Email, manager.Email], await EmailsAsync($"team={team.Id}"));
        Assert.Equal([worker.Email], await EmailsAsync($"team={team.Id}&role=RhiWorker"));
        Assert.Equal([worker.Email], await EmailsAsync($"team={team.Id}&state=Active"));
        Assert.Equal([manager.Email], await EmailsAsync($"team={team.Id}&state=Deactivated"));
        Assert.Equal([manager.Email], await EmailsAsync($"team={team.Id}&q=test+team+manager"));
        Assert.Equal([worker.Email], await EmailsAsync($"q={Uri.EscapeDataString(worker.Email.ToUpperInvariant())}"));
        var none = await client.GetAsync($"{UserAdmin.Users}?q=nobody-by-this-name");
        Assert.Equal("No users match.", none.Document.QuerySelector("[data-testid=no-users]")?.TextContent);
        Assert.Equal("Deactivated", (await client.GetAsync($"{UserAdmin.Users}?q={Uri.EscapeDataString(manager.Email)}")).Document.QuerySelector("[data-testid=user-state]")?.TextContent);
    }

    [Fact]
    public async Task List_IsPagedByTwentyFive()
    {
        var client = await _app.SignedInAsync(Roles.Administrator);
        var total = await _app.WithDbAsync(db => db.Users.CountAsync());
        var data = new TestData(_app);
        for (var i = total; i < 26; i++)
        {
            await data.WorkerAsync(Roles.Education);
        }

        var first = await client.GetAsync(UserAdmin.Users);
        var second = await client.GetAsync($"{UserAdmin.Users}?p=2");

        Assert.Equal(25, first.Document.QuerySelectorAll("[data-testid=users] tbody tr").Length);
        Assert.NotNull(first.Document.QuerySelector("a[rel=next][href='/admin/users?p=2']"));
        Assert.NotEmpty(second.Document.QuerySelectorAll("[data-testid=users] tbody tr"));
        Assert.Contains("Showing 26 to", second.Text, StringComparison.Ordinal);
    }
}

public sealed class UsersPageTestsOnSqlite(SqliteAppFactory app) : UsersPageTests(app), IClassFixture<SqliteAppFactory>;

public sealed class UsersPageTestsOnPostgreSql(PostgreSqlAppFactory app) : UsersPageTests(app), IClassFixture<PostgreSqlAppFactory>;
