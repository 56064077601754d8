using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>How the app starts in production, and how it refuses to start with wrong settings.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Production_WithoutDemoData_StartsAndIsReady()
    {
        await using var app = new SqliteAppFactory { Environment = "Production" };
        app.With("Demo:Seed", "false");
        await app.InitializeAsync();

        var ready = await app.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        var users = await app.WithDbAsync(db => db.Users.CountAsync());
        var roles = await app.WithDbAsync(db => db.Roles.CountAsync());

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(0, users);
        Assert.Equal(10, roles);
    }

    [Fact]
    public async Task Production_WithBootstrapAdministrator_CanSignIn()
    {
        await using var app = new SqliteAppFactory { Environment = "Production" };
        app.With("Demo:Seed", "false")
            .With("Bootstrap:AdministratorEmail", "it.admin@council.example")
            .With("Bootstrap:AdministratorPassword", "Bootstrap-Password-9");
        await app.InitializeAsync();
        var client = app.CreateHtmlClient();

        var result = await client.SubmitAsync(await client.GetAsync("/account/sign-in"), new Dictionary<string, string?>
        {
            ["Email"] = "it.admin@council.example",
            ["Password"] = "Bootstrap-Password-9",
        });

        // Their password came from configuration: they choose their own before anything else.
        Assert.Equal("/admin", result.Location);
        Assert.Equal("/account/change-password", (await client.GetAsync("/admin/jobs")).Location);
    }

    [Fact]
    public async Task UnknownPolicyProfile_StopsStartWithAClearMessage()
    {
        await using var app = new SqliteAppFactory();
        app.With("Policy:Profile", "Narnia");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await app.InitializeAsync());

        Assert.Contains("Policy:Profile 'Narnia' is not a known profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntegrationClientWithAShortKey_StopsStart()
    {
        await using var app = new SqliteAppFactory();
        app.With("Integration:Clients:0:Name", "police")
            .With("Integration:Clients:0:Key", "too-short")
            .With("Integration:Clients:0:Agency", "Police")
            .With("Integration:Clients:0:Scopes", "notifications:write,read");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await app.InitializeAsync());

        Assert.Contains("Integration:Clients:0:Key must be at least 32 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionLimitsThatContradictEachOther_StopStartWithAClearMessage()
    {
        await using var app = new SqliteAppFactory();
        app.With("Authentication:Session:IdleTimeout", "02:00:00")
            .With("Authentication:Session:AbsoluteLifetime", "01:00:00")
            .With("Authentication:Session:WarningBefore", "03:00:00");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await app.InitializeAsync());

        Assert.Contains("Authentication:Session:AbsoluteLifetime must be at least the IdleTimeout and at most 24 hours", error.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Session:WarningBefore must be more than zero and less than the IdleTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheServicesOwnSessionLimits_AreValid_ThirtyMinutesIdleAndTenHoursInAll()
    {
        var defaults = new MissingChildren.Web.Infrastructure.Identity.SessionOptions();

        Assert.True(new MissingChildren.Web.Infrastructure.Identity.SessionOptionsValidator().Validate(null, defaults).Succeeded);
        Assert.Equal((TimeSpan.FromMinutes(30), TimeSpan.FromHours(10)), (defaults.IdleTimeout, defaults.AbsoluteLifetime));
    }
}
