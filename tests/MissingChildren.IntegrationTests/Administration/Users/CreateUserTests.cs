using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Users;

namespace MissingChildren.IntegrationTests.Administration.Users;

/// <summary>
/// /admin/users/new: the administrator types no password; the person is e-mailed a one-time link to set their own,
/// and inherits the children the case management system named them for.
/// </summary>
public abstract class CreateUserTests
{
    private readonly AppFactory _app;

    protected CreateUserTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private async Task<(HtmlClient Client, HtmlClient.Page Form)> FormAsync()
    {
        var client = await _app.SignedInAsync(Roles.Administrator);
        return (client, await client.GetAsync("/admin/users/new"));
    }

    [Fact]
    public async Task Get_ShowsTheFieldsWithLabels_AndNoPasswordField()
    {
        var (_, form) = await FormAsync();

        Assert.Equal("Create a user – MissingChildren", form.Title);
        foreach (var id in new[] { "DisplayName", "Email", "Roles", "TeamId", "Agency" })
        {
            Assert.NotNull(form.Document.QuerySelector($"label[for={id}]"));
        }

        Assert.Equal(Roles.All.Count, form.Document.QuerySelectorAll("input[name=Roles][type=checkbox]").Length);
        Assert.Contains("Return home interview worker", form.Document.QuerySelector("fieldset")!.TextContent, StringComparison.Ordinal);
        Assert.Null(form.Document.QuerySelector("input[type=password]"));
    }

    [Fact]
    public async Task Post_WhenNothingEntered_AsksForEachField_AndCreatesNothing()
    {
        var (client, form) = await FormAsync();
        var before = await _app.WithDbAsync(db => db.Users.CountAsync());

        var page = await client.SubmitAsync(form, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(["Enter the user's name", "Enter the user's email address", "Select at least one role", "Select the user's agency"], page.ErrorSummary);
        Assert.Equal("Select at least one role", page.FieldError("Roles"));
        Assert.Equal("#Roles", page.Document.QuerySelectorAll(".govuk-error-summary__list a")[2].GetAttribute("href"));
        Assert.Equal(before, await _app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Post_WhenEmailMalformed_SaysSo_AndKeepsWhatWasTyped()
    {
        var (client, form) = await FormAsync();
        var fields = UserAdmin.NewUser(email: "sam.patel.example.org", role: Roles.RhiWorker);
        fields["Agency"] = "FamilyWellbeing";

        var page = await client.SubmitAsync(form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Enter an email address in the correct format, like name@example.org"], page.ErrorSummary);
        Assert.Equal("sam.patel.example.org", page.Document.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Equal("Sam Patel", page.Document.QuerySelector("#DisplayName")?.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("input[name=Roles][value=RhiWorker][checked]"));
        Assert.NotNull(page.Document.QuerySelector("#Agency option[value=FamilyWellbeing][selected]"));
    }

    [Fact]
    public async Task Post_WhenEmailAlreadyUsed_SaysAUserExists_WhateverTheCase()
    {
        var (client, form) = await FormAsync();

        var page = await client.SubmitAsync(form, UserAdmin.NewUser(email: "Social-Worker@Example.org"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["A user with this email address already exists"], page.ErrorSummary);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == "SOCIAL-WORKER@EXAMPLE.ORG")));
    }

    [Fact]
    public async Task Post_WhenTeamOrRoleIsNotOneOfTheChoices_SaysSo()
    {
        var (client, form) = await FormAsync();
        var fields = UserAdmin.NewUser(role: "Superuser");
        fields["TeamId"] = Guid.NewGuid().ToString();

        var page = await client.SubmitAsync(form, fields);

        Assert.Equal(["Select roles from the list", "Select a team from the list"], page.ErrorSummary);
    }

    [Fact]
    public async Task Post_CreatesTheUser_EmailsALinkThatSetsThePasswordOnce_AndTheyCanSignIn()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var (client, form) = await FormAsync();
        var email = $"{TestData.Unique("priya-")}@example.org";

        // Two roles: the form posts one Roles value per box ticked.
        var created = await client.SubmitAsync(form,
        [
            ("DisplayName", "Priya Shah"), ("Email", email), ("Roles", Roles.TeamManager), ("Roles", Roles.SocialWorker),
            ("TeamId", team.Id.ToString()), ("Agency", "ChildrensSocialCare"),
        ]);

        var id = await UserAdmin.UserIdAsync(_app, email);
        Assert.Equal(UserAdmin.UserPage(id), created.Location);
        var page = await client.GetAsync(created.Location!);
        Assert.Equal("User created", page.Document.QuerySelector("[data-testid=done]")?.TextContent);
        Assert.Null(page.Document.QuerySelector("[data-testid=link-not-sent]"));
        Assert.Contains("Social worker, Team manager", page.Document.QuerySelector("[data-testid=user]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(team.Name, page.Document.QuerySelector("[data-testid=user]")!.TextContent, StringComparison.Ordinal);
        var audit = await _app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "User" && a.EntityId == id));
        Assert.Equal(("Created", "administrator@example.org"), (audit.Action, audit.Actor));

        var mail = Assert.Single(UserAdmin.MailTo(_app, email));
        Assert.Equal(SetPasswordLinks.Subject, mail.Subject);
        Assert.DoesNotContain("Priya", mail.Subject, StringComparison.Ordinal);
        var link = UserAdmin.SetPasswordLink(_app, email);
        Assert.DoesNotContain(link, page.Text, StringComparison.Ordinal);

        var person = _app.CreateHtmlClient();
        var set = await person.SubmitAsync(await person.GetAsync(link), new Dictionary<string, string?>
        {
            ["NewPassword"] = "marble kettle orchard",
            ["ConfirmPassword"] = "marble kettle orchard",
        });
        Assert.Equal("/account/password-set", set.Location);
        var signedIn = await UserAdmin.SignInAsync(person, email, "marble kettle orchard");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/oversight", signedIn.Location);

        var again = await person.GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("This link to set your password does not work", again.Heading);
    }

    [Fact]
    public async Task Post_ForAWorkerTheCaseManagementSystemNamed_TheyTakeOnTheirChildren()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var email = $"{TestData.Unique("named-")}@example.org";
        var first = await data.ChildAsync(team: team);
        var second = await data.ChildAsync(team: team);
        await _app.WithDbAsync(db => db.Children.Where(c => c.Id == first.Id || c.Id == second.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AllocatedWorkerEmail, email).SetProperty(c => c.AllocatedWorkerId, (string?)null)));
        var (client, form) = await FormAsync();

        var created = await client.SubmitAsync(form, UserAdmin.NewUser(email: email.ToUpperInvariant()));
        var page = await client.GetAsync(created.Location!);

        Assert.Equal("User created. They took on 2 children the case management system had allocated to their email address", page.Document.QuerySelector("[data-testid=done]")?.TextContent);
        var id = await UserAdmin.UserIdAsync(_app, email.ToUpperInvariant());
        Assert.Equal(2, await _app.WithDbAsync(db => db.Children.CountAsync(c => c.AllocatedWorkerId == id)));
    }
}

public sealed class CreateUserTestsOnSqlite(SqliteAppFactory app) : CreateUserTests(app), IClassFixture<SqliteAppFactory>;

public sealed class CreateUserTestsOnPostgreSql(PostgreSqlAppFactory app) : CreateUserTests(app), IClassFixture<PostgreSqlAppFactory>;

/// <summary>A host with e-mail switched off.</summary>
public sealed class NoEmailAppFactory : AppFactory
{
    public NoEmailAppFactory()
        : base("Sqlite") => With("Email:Enabled", "false");
}

/// <summary>With e-mail off the user is still created; the page says the link was not sent and how to send it later, never showing it.</summary>
public sealed class CreateUserWithoutEmailTests(NoEmailAppFactory app) : IClassFixture<NoEmailAppFactory>
{
    [Fact]
    public async Task Post_CreatesTheUser_AndSaysTheLinkCouldNotBeSent()
    {
        var client = await app.SignedInAsync(Roles.Administrator);
        var fields = UserAdmin.NewUser();

        var created = await client.SubmitAsync(await client.GetAsync("/admin/users/new"), fields);
        var page = await client.GetAsync(created.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("User created", page.Document.QuerySelector("[data-testid=done]")?.TextContent);
        var warning = page.Document.QuerySelector("[data-testid=link-not-sent]")?.TextContent ?? "";
        Assert.Contains("could not be sent, because email is switched off", warning, StringComparison.Ordinal);
        Assert.Contains("Send a new set-password link", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("token=", page.Text, StringComparison.Ordinal);
        Assert.Empty(UserAdmin.MailTo(app, fields["Email"]!));

        var resent = await client.SubmitAsync(page, new Dictionary<string, string?>(), "form[action*='handler=SendLink']");
        var after = await client.GetAsync(resent.Location!);
        Assert.NotNull(after.Document.QuerySelector("[data-testid=link-not-sent]"));
    }
}
