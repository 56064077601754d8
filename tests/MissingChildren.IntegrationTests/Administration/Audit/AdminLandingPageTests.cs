using System.Net;
using MissingChildren.Domain;
using MissingChildren.Domain.Teams;

namespace MissingChildren.IntegrationTests.Administration.Audit;

/// <summary>
/// The administration landing page at /admin: the Administrator lands there after signing in and finds every
/// administration page linked; a team the case management system named that nobody has set up is called out.
/// </summary>
public abstract class AdminLandingPageTests
{
    private readonly AppFactory _app;

    protected AdminLandingPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> OtherRoles => [.. Roles.All.Where(r => r != Roles.Administrator)];

    private static string? Banner(HtmlClient.Page page) =>
        page.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim();

    [Fact]
    public async Task Administrator_LandsOnAdministrationAfterSigningIn_AndSeesItInTheNavigation()
    {
        var client = _app.CreateHtmlClient();

        var signedIn = await client.SignInAsync(Roles.Administrator);
        var page = await client.GetAsync(signedIn.Location!);

        Assert.Equal("/admin", signedIn.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Administration", page.Heading);
        Assert.Contains(page.Document.QuerySelectorAll(".govuk-service-navigation__item a, .govuk-service-navigation__item strong"),
            e => e.TextContent.Trim() == "Administration");
    }

    [Fact]
    public async Task Administrator_SeesALinkToEveryAdministrationPage()
    {
        var client = await _app.SignedInAsync(Roles.Administrator);

        var page = await client.GetAsync("/admin");

        var links = page.Document.QuerySelectorAll("[data-testid=admin-summary] dt a")
            .Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ("Users", "/admin/users"), ("Teams", "/admin/teams"), ("Integration clients", "/admin/clients"), ("Policy", "/admin/policy"),
            ("Working-day calendar", "/admin/calendar"), ("Audit log", "/admin/audit"), ("Background jobs", "/admin/jobs"),
        ], links);
        // The jobs dashboard does not follow the service's design: the page says so beside its link.
        Assert.Contains("A technical tool for the people who support the service", page.Document.QuerySelector("[data-testid=jobs-note]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/audit")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task AnyOtherRole_IsForbidden_AndNotShownTheNavigationItem(string role)
    {
        var client = await _app.SignedInAsync(role);

        var page = await client.GetAsync("/admin");
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain(home.Document.QuerySelectorAll(".govuk-service-navigation__item"), e => e.TextContent.Trim() == "Administration");
    }

    [Fact]
    public async Task SignedOut_GoesToSignIn_AndComesBackAfterwards()
    {
        var client = _app.CreateHtmlClient();

        var page = await client.GetAsync("/admin");
        var signIn = await client.GetAsync(new Uri(page.Location!).PathAndQuery);
        var signedIn = await client.SubmitAsync(signIn, new Dictionary<string, string?>
        {
            ["Email"] = DemoUsers.EmailFor(Roles.Administrator),
            ["Password"] = DemoUsers.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", new Uri(page.Location!).AbsolutePath);
        Assert.Equal("/admin", signedIn.Location);
    }

    [Fact]
    public async Task ATeamNeedingSetUp_IsCalledOutWithALinkToSetItUp()
    {
        await _app.ResetDatabaseAsync();
        var client = await _app.SignedInAsync(Roles.Administrator);
        var before = await client.GetAsync("/admin");

        await _app.WithDbAsync(db =>
        {
            db.Teams.Add(new Team { Name = TestData.Unique("Named by the CMS "), Function = TeamFunction.Unknown, NeedsSetUp = true });
            return db.SaveChangesAsync();
        });
        var after = await client.GetAsync("/admin");

        Assert.Null(Banner(before));
        Assert.StartsWith("1 team named by the case management system needs setting up.", Banner(after), StringComparison.Ordinal);
        Assert.Equal("/admin/teams?needsSetUp=true", after.Document.QuerySelector(".govuk-notification-banner__link")?.GetAttribute("href"));
    }
}

public sealed class AdminLandingPageTestsOnSqlite(SqliteAppFactory app) : AdminLandingPageTests(app), IClassFixture<SqliteAppFactory>;

public sealed class AdminLandingPageTestsOnPostgreSql(PostgreSqlAppFactory app) : AdminLandingPageTests(app), IClassFixture<PostgreSqlAppFactory>;
