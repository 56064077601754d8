using System.Net;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.Administration.Users;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.IntegrationTests.Account;

/// <summary>
/// Signing in cannot be used to find out who has an account, to guess passwords quickly, or to lock someone out
/// cheaply: an unknown e-mail costs the same password check as a real one; failed attempts are limited per client
/// address and per account (429 with the sign-in page and a GOV.UK error); the account locks only after many wrong
/// passwords, more than one address can make.
/// </summary>
public abstract class SignInLimitTests
{
    private const string WrongPassword = "not the right password";
    private readonly SignInLimitsAppFactory _app;

    protected SignInLimitTests(SignInLimitsAppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private static Task<HtmlClient.Page> SignInAsync(HtmlClient client, string email, string password) => UserAdmin.SignInAsync(client, email, password);

    [Fact]
    public async Task AnUnknownEmail_CostsTheSamePasswordCheckAsARealOne()
    {
        var client = _app.ClientAt(SignInLimitsAppFactory.NewAddress());

        var before = _app.Hasher.Verified;
        var unknown = await SignInAsync(client, $"{TestData.Unique("nobody-")}@example.org", WrongPassword);
        var afterUnknown = _app.Hasher.Verified;
        var wrong = await SignInAsync(client, DemoUsers.EmailFor(Roles.Police), WrongPassword);

        Assert.Equal(unknown.ErrorSummary, wrong.ErrorSummary);
        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, _app.Hasher.Verified - afterUnknown);
    }

    [Fact]
    public async Task ADeactivatedAccount_CostsTheSamePasswordCheckAsAnActiveOne()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.Education);
        await _app.WithDbAsync(async db =>
        {
            var user = await db.Users.FindAsync(worker.Id);
            user!.DeactivatedAt = TimeProvider.System.GetUtcNow();
            return await db.SaveChangesAsync();
        });

        var before = _app.Hasher.Verified;
        await SignInAsync(_app.ClientAt(SignInLimitsAppFactory.NewAddress()), worker.Email, DemoUsers.Password);

        Assert.Equal(1, _app.Hasher.Verified - before);
    }

    [Fact]
    public async Task TenWrongPasswordsForOneAccountFromOneAddress_PauseItThere_ButNotForThePersonElsewhere()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.EmergencyDuty);
        var attacker = _app.ClientAt(SignInLimitsAppFactory.NewAddress());
        for (var attempt = 0; attempt < SignInThrottle.PerAccountAndAddress; attempt++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(attacker, worker.Email, WrongPassword)).StatusCode);
        }

        var paused = await SignInAsync(attacker, worker.Email, DemoUsers.Password);
        var person = await SignInAsync(_app.ClientAt(SignInLimitsAppFactory.NewAddress()), worker.Email, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.StartsWith("Error: ", paused.Title, StringComparison.Ordinal);
        Assert.Matches(@"^There have been too many attempts to sign in\. Wait \d+ minutes?, then try again$", Assert.Single(paused.ErrorSummary));
        Assert.Equal(worker.Email, paused.Document.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, person.StatusCode);
    }

    [Fact]
    public async Task TwentyFailedSignInsFromOneAddress_PauseEveryAccountThere()
    {
        var address = SignInLimitsAppFactory.NewAddress();
        var attacker = _app.ClientAt(address);
        for (var attempt = 0; attempt < SignInThrottle.PerAddress; attempt++)
        {
            await SignInAsync(attacker, $"{TestData.Unique("guess-")}@example.org", WrongPassword);
        }

        var paused = await SignInAsync(_app.ClientAt(address), DemoUsers.EmailFor(Roles.Director), DemoUsers.Password);
        var elsewhere = await SignInAsync(_app.ClientAt(SignInLimitsAppFactory.NewAddress()), DemoUsers.EmailFor(Roles.Director), DemoUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task SixtyFailedSignInsForOneAccountFromManyAddresses_PauseThatAccount()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.RhiWorker);
        for (var attempt = 0; attempt < SignInThrottle.PerAccount; attempt++)
        {
            await SignInAsync(_app.ClientAt($"203.0.113.{(attempt / 5) + 1}"), worker.Email, WrongPassword);
        }

        var paused = await SignInAsync(_app.ClientAt(SignInLimitsAppFactory.NewAddress()), worker.Email, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
    }
}

public sealed class SignInLimitTestsOnSqlite(SqliteSignInLimitsAppFactory app) : SignInLimitTests(app), IClassFixture<SqliteSignInLimitsAppFactory>;

public sealed class SignInLimitTestsOnPostgreSql(PostgreSqlSignInLimitsAppFactory app) : SignInLimitTests(app), IClassFixture<PostgreSqlSignInLimitsAppFactory>;
