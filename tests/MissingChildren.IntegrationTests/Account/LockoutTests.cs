using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.Administration.Users;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.IntegrationTests.Account;

/// <summary>
/// Fifty wrong passwords in a row lock the account for 15 minutes, even against the right password: more than one
/// client address can make (ten an account in 15 minutes), so locking someone out on purpose takes many addresses.
/// </summary>
public abstract class LockoutTests
{
    private readonly SignInLimitsAppFactory _app;

    protected LockoutTests(SignInLimitsAppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task FiftyWrongPasswordsFromFiveAddresses_LockTheAccountForFifteenMinutes()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.EmergencyDuty);
        for (var attempt = 0; attempt < SignInThrottle.LockoutAfter; attempt++)
        {
            var client = _app.ClientAt($"192.0.2.{(attempt / SignInThrottle.PerAccountAndAddress) + 1}");
            var refused = await UserAdmin.SignInAsync(client, worker.Email, "wrong-password-here");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var locked = await UserAdmin.SignInAsync(_app.ClientAt(SignInLimitsAppFactory.NewAddress()), worker.Email, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(["Your account is locked because of too many failed attempts to sign in. Try again in 15 minutes"], locked.ErrorSummary);
        var lockoutEnd = await _app.WithDbAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.LockoutEnd).SingleAsync());
        var minutesLeft = (lockoutEnd!.Value - TimeProvider.System.GetUtcNow()).TotalMinutes;
        Assert.InRange(minutesLeft, 14, 15.1);
    }

    [Fact]
    public async Task FiveWrongPasswords_DoNotLockTheAccount()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.EmergencyDuty);
        var attacker = _app.ClientAt(SignInLimitsAppFactory.NewAddress());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await UserAdmin.SignInAsync(attacker, worker.Email, "wrong-password-here");
        }

        var person = await UserAdmin.SignInAsync(_app.ClientAt(SignInLimitsAppFactory.NewAddress()), worker.Email, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, person.StatusCode);
    }
}

public sealed class LockoutTestsOnSqlite(SqliteSignInLimitsAppFactory app) : LockoutTests(app), IClassFixture<SqliteSignInLimitsAppFactory>;

public sealed class LockoutTestsOnPostgreSql(PostgreSqlSignInLimitsAppFactory app) : LockoutTests(app), IClassFixture<PostgreSqlSignInLimitsAppFactory>;
