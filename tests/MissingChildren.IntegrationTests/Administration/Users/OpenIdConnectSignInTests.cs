using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Administration.Users;

/// <summary>A host with sign-in by the organisation's OpenID Connect provider switched on (never contacted: the tests arrive as its callback would).</summary>
public sealed class OpenIdConnectAppFactory : AppFactory
{
    public OpenIdConnectAppFactory()
        : base("Sqlite")
    {
        With("Authentication:OpenIdConnect:Enabled", "true");
        With("Authentication:OpenIdConnect:Authority", "https://login.council.example/tenant/v2.0");
        With("Authentication:OpenIdConnect:ClientId", "missing-children");
    }
}

/// <summary>
/// With OpenID Connect on, a person signs in only if an administrator created them: their organisation e-mail is the
/// link to the user. An unknown e-mail or a deactivated user is sent to the "not set up" page.
/// </summary>
public sealed class OpenIdConnectSignInTests(OpenIdConnectAppFactory app) : IClassFixture<OpenIdConnectAppFactory>
{
    private const string Callback = "/account/external-sign-in/Callback";

    /// <summary>The cookie the provider's callback leaves behind (Identity's external sign-in), for a person with this e-mail.</summary>
    private string ExternalCookie(string email)
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ExternalScheme);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", $"entra-{email}"), new Claim("email", email)], "oidc"));
        var properties = new AuthenticationProperties();
        properties.Items["LoginProvider"] = "OpenIdConnect";
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.ExternalScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }

    private Task<HttpResponseMessage> CallbackAsync(string email) => UserAdmin.GetWithCookieAsync(app, ExternalCookie(email), Callback);

    private static bool SignedIn(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("mc.auth=", StringComparison.Ordinal) && !c.StartsWith("mc.auth=;", StringComparison.Ordinal));

    [Fact]
    public async Task AUserAnAdministratorCreated_SignsIn_MatchedByEmailInAnyCase()
    {
        using var response = await CallbackAsync("FRONT-DOOR@example.org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/front-door", response.Headers.Location?.ToString());
        Assert.True(SignedIn(response));
    }

    [Fact]
    public async Task SomeoneNobodyCreated_IsNotSignedIn_AndIsToldTheirAccountIsNotSetUp()
    {
        using var response = await CallbackAsync("stranger@council.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/not-set-up", response.Headers.Location?.ToString());
        Assert.False(SignedIn(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == "STRANGER@COUNCIL.EXAMPLE")));
    }

    [Fact]
    public async Task ADeactivatedUser_IsNotSignedIn()
    {
        var worker = await new TestData(app).WorkerAsync(Roles.SocialWorker);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == worker.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, app.Clock.GetUtcNow())));

        using var response = await CallbackAsync(worker.Email);

        Assert.Equal("/account/not-set-up", response.Headers.Location?.ToString());
        Assert.False(SignedIn(response));
    }

    [Fact]
    public async Task TheSignInPage_OffersTheOrganisationAccount()
    {
        var page = await app.CreateHtmlClient().GetAsync("/account/sign-in");

        Assert.Contains("Sign in with your organisation account", page.Text, StringComparison.Ordinal);
    }
}
