using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Children;

namespace MissingChildren.IntegrationTests.Administration.Users;

/// <summary>/admin/users/{id}/edit: validation, a conflict that keeps the second writer's input, and sessions ended by a change of roles.</summary>
public abstract class EditUserTests
{
    private readonly AppFactory _app;

    protected EditUserTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private static string EditUrl(string id) => $"{UserAdmin.UserPage(id)}/edit";

    [Fact]
    public async Task Get_ShowsTheUsersDetails()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var worker = await data.WorkerAsync(Roles.RhiWorker, team, Agency.FamilyWellbeing);
        var client = await _app.SignedInAsync(Roles.Administrator);

        var form = await client.GetAsync(EditUrl(worker.Id));

        Assert.Equal("Test return home interview worker", form.Document.QuerySelector("#DisplayName")?.GetAttribute("value"));
        Assert.Equal(worker.Email, form.Document.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Equal(["RhiWorker"], form.Document.QuerySelectorAll("input[name=Roles][checked]").Select(i => i.GetAttribute("value")).ToList());
        Assert.NotNull(form.Document.QuerySelector($"#TeamId option[value='{team.Id}'][selected]"));
        Assert.NotNull(form.Document.QuerySelector("#Agency option[value=FamilyWellbeing][selected]"));
    }

    [Fact]
    public async Task Post_WhenNameEmailAndRolesCleared_AsksForThem_AndChangesNothing()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.SocialWorker);
        var client = await _app.SignedInAsync(Roles.Administrator);
        var form = await client.GetAsync(EditUrl(worker.Id));

        var page = await client.SubmitAsync(form, new Dictionary<string, string?> { ["DisplayName"] = "", ["Email"] = "", ["Agency"] = "Police" });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Enter the user's name", "Enter the user's email address", "Select at least one role"], page.ErrorSummary);
        Assert.Equal("Test social worker", await _app.WithDbAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Post_WhenEmailBelongsToSomeoneElse_SaysAUserExists()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.SocialWorker);
        var client = await _app.SignedInAsync(Roles.Administrator);
        var form = await client.GetAsync(EditUrl(worker.Id));

        var page = await client.SubmitAsync(form, new Dictionary<string, string?> { ["DisplayName"] = "Test social worker", ["Email"] = DemoUsers.EmailFor(Roles.Police), ["Roles"] = Roles.SocialWorker, ["Agency"] = "ChildrensSocialCare" });

        Assert.Equal(["A user with this email address already exists"], page.ErrorSummary);
    }

    [Fact]
    public async Task Post_SavesTheChanges_AuditsThem_AndARoleChangeEndsTheirSessions()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.SocialWorker);
        var cookie = UserAdmin.AuthCookie(await _app.CreateHtmlClient().SignInAsync(worker));
        Assert.Equal(HttpStatusCode.OK, await UserAdmin.OpenWithCookieAsync(_app, cookie));
        var client = await _app.SignedInAsync(Roles.Administrator);
        var form = await client.GetAsync(EditUrl(worker.Id));

        var saved = await client.SubmitAsync(form, new Dictionary<string, string?> { ["DisplayName"] = "Alex Morgan", ["Email"] = worker.Email, ["Roles"] = Roles.TeamManager, ["Agency"] = "ChildrensSocialCare" });

        Assert.Equal(UserAdmin.UserPage(worker.Id), saved.Location);
        var page = await client.GetAsync(saved.Location!);
        Assert.Equal("Alex Morgan", page.Heading);
        Assert.Contains("Team manager", page.Document.QuerySelector("[data-testid=user]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await UserAdmin.OpenWithCookieAsync(_app, cookie));
        var audit = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "User" && a.EntityId == worker.Id && a.Action == "Changed").SingleAsync());
        Assert.Contains("\"from\":\"Test social worker\",\"to\":\"Alex Morgan\"", audit.Changes, StringComparison.Ordinal);
        Assert.Contains("\"Roles\":{\"from\":\"SocialWorker\",\"to\":\"TeamManager\"}", audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AnAdministratorChangingTheirOwnEmail_CarriesOnSignedIn()
    {
        var admin = await new TestData(_app).WorkerAsync(Roles.Administrator);
        var client = await _app.SignedInAsync(admin);
        var email = $"{TestData.Unique("renamed-")}@example.org";

        var saved = await client.SubmitAsync(await client.GetAsync(EditUrl(admin.Id)), new Dictionary<string, string?>
        {
            ["DisplayName"] = "Test Administrator", ["Email"] = email, ["Roles"] = Roles.Administrator, ["Agency"] = "ChildrensSocialCare",
        });
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        var page = await client.GetAsync(saved.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Test Administrator", page.Document.QuerySelector("[data-testid=signed-in-user]")?.TextContent); // by name, under the new e-mail
    }

    [Fact]
    public async Task Post_WhenSomeoneElseSavedFirst_ShowsAConflict_AndKeepsTheSecondWritersInput()
    {
        var worker = await new TestData(_app).WorkerAsync(Roles.SocialWorker);
        var first = await _app.SignedInAsync(Roles.Administrator);
        var second = await _app.SignedInAsync(Roles.Administrator);
        var firstForm = await first.GetAsync(EditUrl(worker.Id));
        var secondForm = await second.GetAsync(EditUrl(worker.Id));
        await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["DisplayName"] = "First Writer", ["Email"] = worker.Email, ["Roles"] = Roles.SocialWorker, ["Agency"] = "ChildrensSocialCare" });

        var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["DisplayName"] = "Second Writer", ["Email"] = worker.Email, ["Roles"] = Roles.RhiWorker, ["Agency"] = "FamilyWellbeing" });

        Assert.Equal(HttpStatusCode.BadRequest, conflict.StatusCode);
        Assert.Equal([EditConflict.Message], conflict.ErrorSummary);
        Assert.Equal("Second Writer", conflict.Document.QuerySelector("#DisplayName")?.GetAttribute("value"));
        Assert.NotNull(conflict.Document.QuerySelector("input[name=Roles][value=RhiWorker][checked]"));
        Assert.Equal("First Writer", await _app.WithDbAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.DisplayName).SingleAsync()));

        var again = await second.SubmitAsync(conflict, new Dictionary<string, string?> { ["DisplayName"] = "Second Writer", ["Email"] = worker.Email, ["Roles"] = Roles.RhiWorker, ["Agency"] = "FamilyWellbeing" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Second Writer", await _app.WithDbAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.DisplayName).SingleAsync()));
    }
}

public sealed class EditUserTestsOnSqlite(SqliteAppFactory app) : EditUserTests(app), IClassFixture<SqliteAppFactory>;

public sealed class EditUserTestsOnPostgreSql(PostgreSqlAppFactory app) : EditUserTests(app), IClassFixture<PostgreSqlAppFactory>;
