using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Users;

namespace MissingChildren.IntegrationTests.Administration.Users;

/// <summary>
/// The actions on a user's page: deactivate (confirmed; refused for yourself), reactivate, unlock, a new set-password
/// link, sign out everywhere; a replayed cookie stops working; the last active administrator keeps the role. No test
/// here makes another administrator, so the demo administrator is the only one.
/// </summary>
public abstract class UserActionsTests
{
    private readonly AppFactory _app;

    protected UserActionsTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private async Task<(HtmlClient Admin, HtmlClient.Page Page)> UserPageAsync(string id, string? confirm = null)
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        return (admin, await admin.GetAsync(UserAdmin.UserPage(id) + (confirm is null ? "" : $"?confirm={confirm}")));
    }

    private static Task<HtmlClient.Page> PressAsync(HtmlClient client, HtmlClient.Page page, string handler) =>
        client.SubmitAsync(page, new Dictionary<string, string?>(), $"form[action*='handler={handler}']");

    private Task<List<string>> AuditActionsAsync(string id) =>
        _app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "User" && a.EntityId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    [Fact]
    public async Task Deactivate_IsConfirmedFirst_EndsTheirSession_AndTheyCannotSignIn_ThenReactivateLetsThemBackIn()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.SocialWorker);
        var cookie = UserAdmin.AuthCookie(await _app.CreateHtmlClient().SignInAsync(worker));
        var (admin, page) = await UserPageAsync(worker.Id);
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Deactivate']"));

        var confirm = await admin.GetAsync($"{UserAdmin.UserPage(worker.Id)}?confirm=deactivate");
        Assert.Contains("Deactivate Test social worker?", confirm.Document.QuerySelector("[data-testid=confirm]")!.TextContent, StringComparison.Ordinal);
        var done = await PressAsync(admin, confirm, "Deactivate");
        var after = await admin.GetAsync(done.Location!);

        Assert.Equal("User deactivated. They are signed out and cannot sign in", after.Document.QuerySelector("[data-testid=done]")?.TextContent);
        Assert.Equal("Deactivated", after.Document.QuerySelector("[data-testid=user-state]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, await UserAdmin.OpenWithCookieAsync(_app, cookie));
        var refused = await UserAdmin.SignInAsync(_app.CreateHtmlClient(), worker.Email, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var reactivated = await PressAsync(admin, after, "Reactivate");
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UserAdmin.SignInAsync(_app.CreateHtmlClient(), worker.Email, DemoUsers.Password)).StatusCode);
        Assert.Equal(["Deactivated", "Reactivated"], await AuditActionsAsync(worker.Id));
    }

    [Fact]
    public async Task Deactivate_Yourself_IsRefused()
    {
        var id = await UserAdmin.UserIdAsync(_app, DemoUsers.EmailFor(Roles.Administrator));
        var (admin, page) = await UserPageAsync(id, "deactivate");
        Assert.Null(page.Document.QuerySelector("a[href$='confirm=deactivate']"));

        var refused = await PressAsync(admin, page, "Deactivate");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([DeactivateUser.NotYourself], refused.ErrorSummary);
        Assert.Null(await _app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.DeactivatedAt).SingleAsync()));
    }

    [Fact]
    public async Task RemovingTheAdministratorRole_FromTheLastActiveAdministrator_IsRefused()
    {
        var id = await UserAdmin.UserIdAsync(_app, DemoUsers.EmailFor(Roles.Administrator));
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var form = await admin.GetAsync($"{UserAdmin.UserPage(id)}/edit");

        var refused = await admin.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["DisplayName"] = "Administrator", ["Email"] = DemoUsers.EmailFor(Roles.Administrator), ["Roles"] = Roles.HeadOfService, ["Agency"] = "ChildrensSocialCare",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([UserAccounts.LastAdministrator], refused.ErrorSummary);
        Assert.NotNull(refused.Document.QuerySelector("input[name=Roles][value=HeadOfService][checked]"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(UserAdmin.Users)).StatusCode);
    }

    [Fact]
    public async Task SignOutEverywhere_IsConfirmedFirst_AndAReplayedCookieNoLongerOpensAPage()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.RhiWorker);
        var cookie = UserAdmin.AuthCookie(await _app.CreateHtmlClient().SignInAsync(worker));
        Assert.Equal(HttpStatusCode.OK, await UserAdmin.OpenWithCookieAsync(_app, cookie));
        var (admin, confirm) = await UserPageAsync(worker.Id, "sign-out");

        var done = await PressAsync(admin, confirm, "SignOut");

        Assert.Equal("User signed out everywhere. They need to sign in again on every device", (await admin.GetAsync(done.Location!)).Document.QuerySelector("[data-testid=done]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, await UserAdmin.OpenWithCookieAsync(_app, cookie));
        Assert.Equal(HttpStatusCode.Redirect, (await UserAdmin.SignInAsync(_app.CreateHtmlClient(), worker.Email, DemoUsers.Password)).StatusCode);
        Assert.Equal(["SignedOut"], await AuditActionsAsync(worker.Id));
    }

    [Fact]
    public async Task Unlock_ClearsALockout_SoTheyCanSignInAtOnce()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.Education);
        var person = _app.CreateHtmlClient();
        await _app.WithDbAsync(async db =>
        {
            var user = await db.Users.FindAsync(worker.Id);
            user!.LockoutEnd = TimeProvider.System.GetUtcNow().AddMinutes(15);
            return await db.SaveChangesAsync();
        });

        var (admin, page) = await UserPageAsync(worker.Id);
        Assert.Equal("Locked out", page.Document.QuerySelector("[data-testid=user-state]")?.TextContent);
        var listed = await admin.GetAsync($"{UserAdmin.Users}?state=LockedOut&q={Uri.EscapeDataString(worker.Email)}");
        Assert.Single(listed.Document.QuerySelectorAll("[data-testid=users] tbody tr"));

        var done = await PressAsync(admin, page, "Unlock");

        Assert.Equal("User unlocked. They can sign in again now", (await admin.GetAsync(done.Location!)).Document.QuerySelector("[data-testid=done]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await UserAdmin.SignInAsync(person, worker.Email, DemoUsers.Password)).StatusCode);
        Assert.Equal(["Unlocked"], await AuditActionsAsync(worker.Id));
    }

    [Fact]
    public async Task SendANewLink_EmailsOne_ThatSetsTheirPassword()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.Police, agency: Agency.Police);
        var (admin, page) = await UserPageAsync(worker.Id);

        var done = await PressAsync(admin, page, "SendLink");

        Assert.Equal("A new link to set their password has been emailed to them", (await admin.GetAsync(done.Location!)).Document.QuerySelector("[data-testid=done]")?.TextContent);
        var person = _app.CreateHtmlClient();
        var set = await person.SubmitAsync(await person.GetAsync(UserAdmin.SetPasswordLink(_app, worker.Email)), new Dictionary<string, string?>
        {
            ["NewPassword"] = "lantern meadow pebble",
            ["ConfirmPassword"] = "lantern meadow pebble",
        });
        Assert.Equal("/account/password-set", set.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await UserAdmin.SignInAsync(person, worker.Email, "lantern meadow pebble")).StatusCode);
        Assert.Equal(["SetLinkSent", "PasswordSet"], await AuditActionsAsync(worker.Id));
        Assert.Equal(worker.Email, await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == worker.Id && a.Action == "PasswordSet").Select(a => a.Actor).SingleAsync()));
    }
}

public sealed class UserActionsTestsOnSqlite(SqliteAppFactory app) : UserActionsTests(app), IClassFixture<SqliteAppFactory>;

public sealed class UserActionsTestsOnPostgreSql(PostgreSqlAppFactory app) : UserActionsTests(app), IClassFixture<PostgreSqlAppFactory>;
