using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.IntegrationTests.Administration.Users;

/// <summary>/account/set-password (by the e-mailed link) and /account/change-password: each message, and the rules a password must meet.</summary>
public abstract class AccountPasswordTests
{
    private readonly AppFactory _app;

    protected AccountPasswordTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    /// <summary>A new user made by an administrator, and the link e-mailed to them.</summary>
    private async Task<(string Email, string Link)> NewUserWithLinkAsync()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var fields = UserAdmin.NewUser(name: "Jordan Ellis");
        await admin.SubmitAsync(await admin.GetAsync("/admin/users/new"), fields);
        return (fields["Email"]!, UserAdmin.SetPasswordLink(_app, fields["Email"]!));
    }

    private static Dictionary<string, string?> Twice(string password) => new() { ["NewPassword"] = password, ["ConfirmPassword"] = password };

    [Fact]
    public async Task SetPassword_WithABrokenOrMadeUpLink_SaysToAskForANewOne()
    {
        var (_, link) = await NewUserWithLinkAsync();
        var client = _app.CreateHtmlClient();

        var made = await client.GetAsync(link[..^6]);
        var none = await client.GetAsync("/account/set-password");

        Assert.Equal(HttpStatusCode.BadRequest, made.StatusCode);
        Assert.Equal("This link to set your password does not work", made.Heading);
        Assert.Contains("Ask your MissingChildren administrator to send you a new link", made.Text, StringComparison.Ordinal);
        Assert.Null(made.Document.QuerySelector("input[type=password]"));
        Assert.Equal("This link to set your password does not work", none.Heading);
    }

    [Theory]
    [InlineData("", "river stone candle", "Enter a new password")]
    [InlineData("river stone candle", "", "Enter your new password again")]
    [InlineData("river stone candle", "river stone candles", "The passwords do not match")]
    [InlineData("short words", "short words", "Your password must be 12 characters or more")]
    [InlineData("Password1234!", "Password1234!", PasswordRules.TooCommon)]
    [InlineData("Jordan Ellis rocks", "Jordan Ellis rocks", PasswordRules.HoldsTheirName)]
    [InlineData("I like MissingChildren", "I like MissingChildren", PasswordRules.HoldsTheService)]
    public async Task SetPassword_RefusesAWeakOrMistypedPassword_AndTheLinkStillWorks(string password, string again, string message)
    {
        var (email, link) = await NewUserWithLinkAsync();
        var client = _app.CreateHtmlClient();

        var page = await client.SubmitAsync(await client.GetAsync(link), new Dictionary<string, string?> { ["NewPassword"] = password, ["ConfirmPassword"] = again });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([message], page.ErrorSummary);
        Assert.Null(page.Document.QuerySelector("#NewPassword")?.GetAttribute("value"));
        Assert.Null(await _app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync()));
        var retry = await client.SubmitAsync(page, Twice("river stone candle"));
        Assert.Equal("/account/password-set", retry.Location);
    }

    [Fact]
    public async Task SetPassword_ForADeactivatedUser_DoesNotWork()
    {
        var (email, link) = await NewUserWithLinkAsync();
        await _app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, _app.Clock.GetUtcNow())));
        var client = _app.CreateHtmlClient();

        var page = await client.GetAsync(link);

        Assert.Equal("This link to set your password does not work", page.Heading);
    }

    [Fact]
    public async Task ChangePassword_AsksForEachField_AndRefusesAWrongCurrentPassword()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.SocialWorker);
        var client = await _app.SignedInAsync(worker);
        var form = await client.GetAsync("/account/change-password");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        var empty = await client.SubmitAsync(form, new Dictionary<string, string?>());
        var wrong = await client.SubmitAsync(form, new Dictionary<string, string?> { ["CurrentPassword"] = "not my password", ["NewPassword"] = "copper violin harbour", ["ConfirmPassword"] = "copper violin harbour" });
        var same = await client.SubmitAsync(form, new Dictionary<string, string?> { ["CurrentPassword"] = DemoUsers.Password, ["NewPassword"] = DemoUsers.Password, ["ConfirmPassword"] = DemoUsers.Password });

        Assert.Equal(["Enter your current password", "Enter a new password", "Enter your new password again"], empty.ErrorSummary);
        Assert.Equal(["Your current password is not right"], wrong.ErrorSummary);
        Assert.Equal("Your current password is not right", wrong.FieldError("CurrentPassword"));
        Assert.Equal(["Your new password must be different from your current password"], same.ErrorSummary);
    }

    [Fact]
    public async Task ChangePassword_ChangesIt_KeepsThisSession_AndEndsTheOthers()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.SocialWorker);
        var other = UserAdmin.AuthCookie(await _app.CreateHtmlClient().SignInAsync(worker));
        var client = await _app.SignedInAsync(worker);

        var changed = await client.SubmitAsync(await client.GetAsync("/account/change-password"), new Dictionary<string, string?>
        {
            ["CurrentPassword"] = DemoUsers.Password, ["NewPassword"] = "copper violin harbour", ["ConfirmPassword"] = "copper violin harbour",
        });
        var page = await client.GetAsync(changed.Location!);

        Assert.Equal("Your password has been changed. You have been signed out on your other devices.", page.Document.QuerySelector("[data-testid=done]")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notices")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await UserAdmin.OpenWithCookieAsync(_app, other));
        Assert.Equal(HttpStatusCode.Redirect, (await UserAdmin.SignInAsync(_app.CreateHtmlClient(), worker.Email, "copper violin harbour")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_SignedOut_IsSentToSignIn()
    {
        var page = await _app.CreateHtmlClient().GetAsync("/account/change-password");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Location, StringComparison.Ordinal);
    }
}

public sealed class AccountPasswordTestsOnSqlite(SqliteAppFactory app) : AccountPasswordTests(app), IClassFixture<SqliteAppFactory>;

public sealed class AccountPasswordTestsOnPostgreSql(PostgreSqlAppFactory app) : AccountPasswordTests(app), IClassFixture<PostgreSqlAppFactory>;

/// <summary>A new installation's bootstrap administrator, whose password came from configuration.</summary>
public sealed class BootstrapAppFactory : AppFactory
{
    public const string Email = "it.admin@council.example";
    public const string Password = "Bootstrap-Password-9";

    public BootstrapAppFactory()
        : base("Sqlite")
    {
        With("Bootstrap:AdministratorEmail", Email);
        With("Bootstrap:AdministratorPassword", Password);
    }
}

/// <summary>The bootstrap administrator is sent to change their password from every page until they have.</summary>
public sealed class ForcedPasswordChangeTests(BootstrapAppFactory app) : IClassFixture<BootstrapAppFactory>
{
    [Fact]
    public async Task BootstrapAdministrator_MustChangeTheirPassword_BeforeAnythingElse()
    {
        var client = app.CreateHtmlClient();
        var signedIn = await UserAdmin.SignInAsync(client, BootstrapAppFactory.Email, BootstrapAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        foreach (var url in new[] { "/admin", "/admin/users", "/notices", "/admin/jobs" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/account/change-password", page.Location);
        }

        var form = await client.GetAsync("/account/change-password");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.NotNull(form.Document.QuerySelector("[data-testid=must-change]"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var elsewhere = app.CreateHtmlClient();
        await UserAdmin.SignInAsync(elsewhere, BootstrapAppFactory.Email, BootstrapAppFactory.Password);
        var signedOut = await elsewhere.SubmitAsync(await elsewhere.GetAsync("/account/change-password"), new Dictionary<string, string?>(), "form[action='/account/sign-out']");
        Assert.Equal("/account/sign-in", signedOut.Location);

        var changed = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["CurrentPassword"] = BootstrapAppFactory.Password, ["NewPassword"] = "tundra mosaic lighthouse", ["ConfirmPassword"] = "tundra mosaic lighthouse",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var done = await client.GetAsync(changed.Location!);
        Assert.Contains("Your password has been changed", done.Document.QuerySelector("[data-testid=done]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin", done.Document.QuerySelector(".govuk-notification-banner__link")?.GetAttribute("href")); // their main screen, not a bare home page
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Email == BootstrapAppFactory.Email).Select(u => u.MustChangePassword).SingleAsync()));
    }
}
