using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Account;

/// <summary>Five wrong passwords lock the account for 15 minutes, even against the right password.</summary>
public abstract class LockoutTests
{
    private readonly AppFactory _app;

    protected LockoutTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccountForFifteenMinutes()
    {
        var client = _app.CreateHtmlClient();
        var credentials = new Dictionary<string, string?> { ["Email"] = DemoUsers.EmailFor(Roles.Education), ["Password"] = "wrong-password-here" };
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync(await client.GetAsync("/account/sign-in"), credentials);
        }

        credentials["Password"] = DemoUsers.Password;
        var locked = await client.SubmitAsync(await client.GetAsync("/account/sign-in"), credentials);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(["Your account is locked because of too many failed attempts to sign in. Try again in 15 minutes"], locked.ErrorSummary);

        var lockoutEnd = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.EmailFor(Roles.Education)).Select(u => u.LockoutEnd).SingleAsync());
        var minutesLeft = (lockoutEnd!.Value - TimeProvider.System.GetUtcNow()).TotalMinutes;
        Assert.InRange(minutesLeft, 14, 15.1);
    }
}

public sealed class LockoutTestsOnSqlite(SqliteAppFactory app) : LockoutTests(app), IClassFixture<SqliteAppFactory>;

public sealed class LockoutTestsOnPostgreSql(PostgreSqlAppFactory app) : LockoutTests(app), IClassFixture<PostgreSqlAppFactory>;
