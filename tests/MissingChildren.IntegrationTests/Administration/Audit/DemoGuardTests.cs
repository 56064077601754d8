using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Administration.Audit;

/// <summary>
/// Demo users have a published password: in Production, <c>Demo__Seed=true</c> stops the app at start-up unless
/// <c>Demo__AllowInProduction=true</c> says a demonstration installation is meant.
/// </summary>
public sealed class DemoGuardTests
{
    [Fact]
    public async Task Production_WithDemoSeed_RefusesToStartWithAMessageNamingBothSettings()
    {
        await using var app = new SqliteAppFactory { Environment = "Production" };
        app.With("Demo:Seed", "true");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await app.InitializeAsync());

        Assert.Contains("Demo:Seed is true in Production", error.Message, StringComparison.Ordinal);
        Assert.Contains("Demo__AllowInProduction=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithDemoSeedAllowed_StartsWithTheDemoUsers()
    {
        await using var app = new SqliteAppFactory { Environment = "Production" };
        app.With("Demo:Seed", "true").With("Demo:AllowInProduction", "true");
        await app.InitializeAsync();

        var client = app.CreateHtmlClient();
        var signedIn = await client.SignInAsync(Roles.FrontDoor);

        Assert.Equal("/front-door", signedIn.Location);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == DemoUsers.EmailFor(Roles.Administrator))));
    }
}
