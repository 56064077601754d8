using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>What every page stands on: health, errors, access, demo data, audit and concurrency; on each database.</summary>
public abstract class PlatformTests
{
    private readonly AppFactory _app;

    protected PlatformTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AnswerWithoutSigningIn(string path)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Home_WhenNotSignedIn_RedirectsToSignIn()
    {
        var page = await _app.CreateHtmlClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", new Uri(page.Location!).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_ShowsGovukNotFoundPage()
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.SocialWorker);

        var page = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Page not found", page.Heading);
    }

    [Fact]
    public async Task JobsDashboard_OpensForAdministrators()
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.Administrator);

        var page = await client.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("MissingChildren jobs", page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.FrontDoor)]
    [InlineData(Roles.TeamManager)]
    [InlineData(Roles.Director)]
    public async Task JobsDashboard_IsForbiddenToEveryoneElse(string role)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);

        var page = await client.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("You do not have access to this page", page.Heading);
    }

    [Fact]
    public async Task ServiceNavigation_LinksOnlyToScreensTheRoleMayOpen()
    {
        var admin = _app.CreateHtmlClient();
        await admin.SignInAsync(Roles.Administrator);
        var worker = _app.CreateHtmlClient();
        await worker.SignInAsync(Roles.SocialWorker);

        var adminLinks = (await admin.GetAsync("/")).Document.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.GetAttribute("href"));
        var workerLinks = (await worker.GetAsync("/")).Document.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.GetAttribute("href"));

        Assert.Contains("/admin", adminLinks);
        Assert.DoesNotContain("/admin", workerLinks);
    }

    [Fact]
    public async Task Home_ForFrontDoor_ShowsTheWholeServicesMissingChildren()
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);
        var openEpisodes = await _app.WithDbAsync(db => db.Episodes.CountAsync(e => e.Status == EpisodeStatus.Open));

        var page = await client.GetAsync("/");

        Assert.Equal(8, openEpisodes);
        Assert.Equal("8 missing or absent now", Squash(page.Document.QuerySelector("[data-testid=missing-now]")!.TextContent));
        Assert.Equal("40 children known", Squash(page.Document.QuerySelector("[data-testid=children-known]")!.TextContent));
        Assert.Contains("Missing children in the service now", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ForSocialWorker_ShowsTheirTeamsChildrenOnly()
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.SocialWorker);

        var page = await client.GetAsync("/");

        Assert.Contains("Missing children in Corporate Parenting now", page.Text, StringComparison.Ordinal);
        Assert.Equal("10 children known", Squash(page.Document.QuerySelector("[data-testid=children-known]")!.TextContent));
    }

    [Fact]
    public async Task DemoCouncil_HasTeamsChildrenAndASpreadOfInvolvements()
    {
        var teams = await _app.WithDbAsync(db => db.Teams.Select(t => t.Name).ToListAsync());
        var involvements = await _app.WithDbAsync(db => db.Involvements.Where(i => i.EndDate == null)
            .GroupBy(i => i.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var children = await _app.WithDbAsync(db => db.Children.CountAsync());
        var notOpen = await _app.WithDbAsync(db => db.Children.CountAsync(c => !c.Involvements.Any(i => i.EndDate == null)));
        var statuses = await _app.WithDbAsync(db => db.Episodes.Select(e => e.Status).Distinct().ToListAsync());

        Assert.Superset(new HashSet<string> { "Front Door", "Corporate Parenting", "Family Support & Safeguarding", "Family Wellbeing", "Youth Service", "Emergency Duty Team" }, teams.ToHashSet());
        Assert.Equal(40, children);
        Assert.Equal(10, involvements[InvolvementType.CLA]);
        Assert.Equal(4, involvements[InvolvementType.CLAOtherAuthority]);
        Assert.All([InvolvementType.CP, InvolvementType.CIN, InvolvementType.EarlyHelp, InvolvementType.YOS, InvolvementType.CME], t => Assert.True(involvements[t] > 0));
        Assert.Equal(4, notOpen);
        Assert.Equivalent(new[] { EpisodeStatus.Open, EpisodeStatus.Returned, EpisodeStatus.Closed }, statuses);
    }

    [Fact]
    public async Task ChangingAChild_IsAuditedWithWhatChanged()
    {
        var id = await _app.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == "P139");
            child.Address = "2 New Road, Weston";
            await db.SaveChangesAsync();
            return child.Id;
        });

        var entry = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.ChildId == id && a.Action == "Modified").SingleAsync());

        Assert.Equal(nameof(Child), entry.EntityType);
        Assert.Equal("system", entry.Actor);
        Assert.Contains("\"Address\":{\"from\":", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("2 New Road, Weston", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPeopleSavingTheSameChild_TheSecondGetsAConflictNotAnOverwrite()
    {
        await using var first = _app.Services.CreateAsyncScope();
        await using var second = _app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<MissingChildren.Data.AppDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<MissingChildren.Data.AppDbContext>();
        var mine = await db1.Children.SingleAsync(c => c.LocalId == "P138");
        var theirs = await db2.Children.SingleAsync(c => c.LocalId == "P138");

        mine.Gender = "Non-binary";
        await db1.SaveChangesAsync();
        theirs.Address = "Somewhere else";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        var stored = await _app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.LocalId == "P138"));
        Assert.Equal("Non-binary", stored.Gender);
        Assert.NotEqual("Somewhere else", stored.Address);
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabaseForEveryNode()
    {
        await _app.CreateHtmlClient().GetAsync("/account/sign-in");

        var keys = await _app.WithDbAsync(db => db.DataProtectionKeys.CountAsync());

        Assert.True(keys >= 1);
    }

    [Fact]
    public async Task OpenApiDescription_IsServed()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/js/init.js", "text/javascript")]
    [InlineData("/lib/govuk-frontend/govuk-frontend.min.js", "text/javascript")]
    [InlineData("/lib/govuk-frontend/govuk-frontend.min.css", "text/css")]
    [InlineData("/lib/moj-frontend/moj-frontend.min.css", "text/css")]
    [InlineData("/css/site.css", "text/css")]
    public async Task FrontEndAssets_AreServedFromTheBuild(string path, string contentType)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed class PlatformTestsOnSqlite(SqliteAppFactory app) : PlatformTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PlatformTestsOnPostgreSql(PostgreSqlAppFactory app) : PlatformTests(app), IClassFixture<PostgreSqlAppFactory>;
