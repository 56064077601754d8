using System.Net;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.Administration.Users;

namespace MissingChildren.IntegrationTests.Account;

/// <summary>A host with the service's own session limits: 30 minutes idle, 10 hours from signing in.</summary>
public sealed class SessionLimitsAppFactory<TFactory> : IAsyncLifetime
    where TFactory : AppFactory, new()
{
    public AppFactory App { get; } = new TFactory()
        .With("Authentication:Session:IdleTimeout", "00:30:00")
        .With("Authentication:Session:AbsoluteLifetime", "10:00:00");

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// Sessions end when the person signs out (a copy of the cookie is refused afterwards), after 30 minutes without a
/// request, and 10 hours after signing in whatever the activity; the sign-in page then says why.
/// </summary>
public abstract class SessionLimitTests
{
    private readonly AppFactory _app;

    protected SessionLimitTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task SignOut_RefusesTheSameCookieReplayed_AndEndsTheirOtherSessions()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.SocialWorker);
        var elsewhere = UserAdmin.AuthCookie(await _app.CreateHtmlClient().SignInAsync(worker));
        var client = _app.CreateHtmlClient();
        var copied = UserAdmin.AuthCookie(await client.SignInAsync(worker));
        Assert.Equal(HttpStatusCode.OK, await UserAdmin.OpenWithCookieAsync(_app, copied));

        var signedOut = await client.SubmitAsync(await client.GetAsync("/notices"), new Dictionary<string, string?>(), "form[action='/account/sign-out']");

        Assert.Equal("/account/sign-in", signedOut.Location);
        Assert.Equal(HttpStatusCode.Redirect, await UserAdmin.OpenWithCookieAsync(_app, copied));
        Assert.Equal(HttpStatusCode.Redirect, await UserAdmin.OpenWithCookieAsync(_app, elsewhere));
    }

    [Fact]
    public async Task ASessionIdleForThirtyMinutes_Ends_AndTheSignInPageSaysWhy()
    {
        var client = await _app.SignedInAsync(Roles.TeamManager);
        _app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notices")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notices")).StatusCode);

        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        var ended = await client.GetAsync("/notices");
        var signIn = await client.GetAsync(new Uri(ended.Location!).PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("You were signed out because you were inactive", signIn.Document.QuerySelector("[data-testid=signed-out]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/notices")).StatusCode);
    }

    [Fact]
    public async Task StaySignedIn_RenewsTheIdleSession()
    {
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var page = await client.GetAsync("/notices");
        var keepAlive = page.Document.QuerySelector("[data-module=mc-timeout-warning]")?.GetAttribute("data-keep-alive-url");
        Assert.Equal("1800", page.Document.QuerySelector("[data-module=mc-timeout-warning]")?.GetAttribute("data-idle-seconds"));

        _app.Clock.Advance(TimeSpan.FromMinutes(25));
        var renewed = await client.GetAsync(keepAlive!);
        _app.Clock.Advance(TimeSpan.FromMinutes(25));

        Assert.Equal(HttpStatusCode.NoContent, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notices")).StatusCode);
    }

    [Fact]
    public async Task ASessionEndsTenHoursAfterSigningIn_HoweverActiveThePersonIs()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        for (var elapsed = TimeSpan.FromMinutes(20); elapsed < TimeSpan.FromHours(10); elapsed += TimeSpan.FromMinutes(20))
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notices")).StatusCode);
        }

        _app.Clock.Advance(TimeSpan.FromMinutes(20));
        var ended = await client.GetAsync("/notices");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/account/sign-in?", ended.Location, StringComparison.Ordinal);
        Assert.Contains("signedOut=expired", ended.Location, StringComparison.Ordinal);
    }
}

public sealed class SessionLimitTestsOnSqlite(SessionLimitsAppFactory<SqliteAppFactory> host)
    : SessionLimitTests(host.App), IClassFixture<SessionLimitsAppFactory<SqliteAppFactory>>;

public sealed class SessionLimitTestsOnPostgreSql(SessionLimitsAppFactory<PostgreSqlAppFactory> host)
    : SessionLimitTests(host.App), IClassFixture<SessionLimitsAppFactory<PostgreSqlAppFactory>>;
