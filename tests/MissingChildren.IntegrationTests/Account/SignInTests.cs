using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.IntegrationTests.Account;

/// <summary>Signing in at /account/sign-in, on each database.</summary>
public abstract class SignInTests
{
    private readonly AppFactory _app;

    protected SignInTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> AllRoles => [.. Roles.All];

    [Fact]
    public async Task Get_ShowsEmailAndPasswordFields()
    {
        var page = await _app.CreateHtmlClient().GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Sign in – MissingChildren", page.Title);
        Assert.NotNull(page.Document.QuerySelector("input#Email[type=email]"));
        Assert.NotNull(page.Document.QuerySelector("input#Password[type=password]"));
        Assert.NotNull(page.Document.QuerySelector("label[for=Email]"));
    }

    [Fact]
    public async Task Post_WhenNothingEntered_ReturnsErrorsForEmailAndPassword()
    {
        var client = _app.CreateHtmlClient();

        var page = await client.SubmitAsync(await client.GetAsync("/account/sign-in"), new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(["Enter your email address", "Enter your password"], page.ErrorSummary);
        Assert.Equal("Enter your email address", page.FieldError("Email"));
        Assert.Equal("Enter your password", page.FieldError("Password"));
        Assert.Equal("#Email", page.Document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Post_WhenEmailMalformed_ReturnsFormatErrorAndKeepsWhatWasTyped()
    {
        var client = _app.CreateHtmlClient();

        var page = await client.SubmitAsync(await client.GetAsync("/account/sign-in"), new Dictionary<string, string?>
        {
            ["Email"] = "front-door.example.org",
            ["Password"] = "anything-at-all",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Enter an email address in the correct format, like name@example.org"], page.ErrorSummary);
        Assert.Equal("front-door.example.org", page.Document.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Null(page.Document.QuerySelector("#Password")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_WhenPasswordWrong_ShowsGovukErrorSummaryAndDoesNotSignIn()
    {
        var client = _app.CreateHtmlClient();

        var page = await client.SubmitAsync(await client.GetAsync("/account/sign-in"), new Dictionary<string, string?>
        {
            ["Email"] = DemoUsers.EmailFor(Roles.SocialWorker),
            ["Password"] = "not-the-password",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Enter a correct email address and password"], page.ErrorSummary);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Post_WhenUnknownEmail_ShowsTheSameMessageAsAWrongPassword()
    {
        var client = _app.CreateHtmlClient();

        var page = await client.SubmitAsync(await client.GetAsync("/account/sign-in"), new Dictionary<string, string?>
        {
            ["Email"] = "nobody@example.org",
            ["Password"] = DemoUsers.Password,
        });

        Assert.Equal(["Enter a correct email address and password"], page.ErrorSummary);
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Post_WithDemoUser_LandsOnHomeWithTheirNameAndRole(string role)
    {
        var client = _app.CreateHtmlClient();

        var signedIn = await client.SignInAsync(role);
        var landing = await client.GetAsync(signedIn.Location!);

        // Each role lands on its main screen (screens.md): the home page unless its screen is built.
        Assert.Equal(ServiceNavigation.LandingPathFor([role]), signedIn.Location);
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        var email = DemoUsers.EmailFor(role);
        var name = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync());
        Assert.Equal(name, landing.Document.QuerySelector("[data-testid=signed-in-user]")?.TextContent);
        if (signedIn.Location == ServiceNavigation.HomePath)
        {
            Assert.StartsWith("Welcome, ", landing.Heading, StringComparison.Ordinal);
            Assert.Contains(Roles.DisplayName(role), landing.Document.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_WithReturnUrl_GoesBackToThePageAskedFor()
    {
        var client = _app.CreateHtmlClient();
        var asked = await client.GetAsync("/accessibility?from=test");
        var redirected = await client.GetAsync("/admin/jobs");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", new Uri(redirected.Location!).PathAndQuery, StringComparison.Ordinal);

        var signIn = await client.GetAsync(new Uri(redirected.Location!).PathAndQuery);
        var result = await client.SubmitAsync(signIn, new Dictionary<string, string?>
        {
            ["Email"] = DemoUsers.EmailFor(Roles.Administrator),
            ["Password"] = DemoUsers.Password,
        });

        Assert.Equal("/admin/jobs", result.Location);
    }

    [Fact]
    public async Task Post_WithReturnUrlToAnotherSite_LandsOnTheirMainScreenInstead()
    {
        var client = _app.CreateHtmlClient();
        var signIn = await client.GetAsync("/account/sign-in?ReturnUrl=https%3A%2F%2Fevil.example.com%2F");

        var result = await client.SubmitAsync(signIn, new Dictionary<string, string?>
        {
            ["Email"] = DemoUsers.EmailFor(Roles.FrontDoor),
            ["Password"] = DemoUsers.Password,
        });

        Assert.Equal("/front-door", result.Location);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);
        var home = await client.GetAsync("/");

        var signedOut = await client.SubmitAsync(home, new Dictionary<string, string?>(), "form[action='/account/sign-out']");
        var after = await client.GetAsync("/");

        Assert.Equal("/account/sign-in", signedOut.Location);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}

public sealed class SignInTestsOnSqlite(SqliteAppFactory app) : SignInTests(app), IClassFixture<SqliteAppFactory>;

public sealed class SignInTestsOnPostgreSql(PostgreSqlAppFactory app) : SignInTests(app), IClassFixture<PostgreSqlAppFactory>;
