using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features.Children;

namespace MissingChildren.IntegrationTests.Administration.Teams;

/// <summary><c>/admin/teams</c>: administrators list, add and change teams and their members; nobody else may.</summary>
public abstract class TeamsPageTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected TeamsPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    public static TheoryData<string> OtherRoles => [.. Roles.All.Where(r => r != Roles.Administrator)];

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task EveryOtherRole_IsRefused(string role)
    {
        var team = await _data.TeamAsync();
        var client = await _app.SignedInAsync(role);

        foreach (var url in new[] { "/admin/teams", "/admin/teams/new", $"/admin/teams/{team.Id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task SignedOut_IsSentToSignIn()
    {
        var page = await _app.CreateHtmlClient().GetAsync("/admin/teams");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsEachTeamsKindAgencyDefaultAndMembers_AndFiltersThoseNeedingSetUp()
    {
        var named = TestData.Unique("Named team ");
        var (put, _) = await _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{TestData.Unique("T")}", new
        {
            firstName = "A", lastName = "B", dateOfBirth = (string?)null, gender = (string?)null, address = (string?)null,
            involvements = Array.Empty<object>(), allocatedTeam = named, allocatedWorkerEmail = (string?)null,
        });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var admin = await _app.SignedInAsync(Roles.Administrator);

        var all = await admin.GetAsync("/admin/teams");
        var needing = await admin.GetAsync("/admin/teams?needsSetUp=true");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        var frontDoor = Row(all, "Front Door");
        Assert.Equal(["Front Door", "Front Door", "Children's social care", "Yes", "1"], Cells(frontDoor));
        Assert.Contains("Needs set-up", Row(all, named).TextContent, StringComparison.Ordinal);
        Assert.Equal("Not known yet", Cells(Row(all, named))[1]);
        Assert.Contains(named, needing.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Corporate Parenting", needing.Document.QuerySelector("[data-testid=teams]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_SavesTheTeam_AndOpensItsPage()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var name = TestData.Unique("Medway RHI ");

        var saved = await admin.SubmitAsync(await admin.GetAsync("/admin/teams/new"), Form(name, "ReturnInterviews", areas: "me4, ME5  me4"));

        var team = await _app.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Name == name));
        Assert.Equal($"/admin/teams/{team.Id}", saved.Location);
        Assert.Equal((TeamFunction.ReturnInterviews, Agency.FamilyWellbeing, false, false), (team.Function, team.Agency, team.IsDefault, team.NeedsSetUp));
        Assert.Equal(["ME4", "ME5"], team.Areas);
        var page = await admin.GetAsync(saved.Location!);
        Assert.Equal($"{name} added", page.Document.QuerySelector("[data-testid=done]")?.TextContent);
    }

    public static TheoryData<string, string?, string?, string?, string> BadTeams => new()
    {
        { "", "SocialWork", "ChildrensSocialCare", "", "Enter the team's name" },
        { new string('x', 121), "SocialWork", "ChildrensSocialCare", "", "The team's name must be 120 characters or fewer" },
        { "corporate parenting", "SocialWork", "ChildrensSocialCare", "", SaveTeamNameTaken },
        { "A new team", null, "ChildrensSocialCare", "", "Select what kind of team this is" },
        { "A new team", "Unknown", "ChildrensSocialCare", "", "Select what kind of team this is" },
        { "A new team", "SocialWork", null, "", "Select the team's agency" },
        { "A new team", "ReturnInterviews", "FamilyWellbeing", "ME4, Chatham", "Enter postcode districts like ME4 or BS23, separated by commas" },
    };

    private const string SaveTeamNameTaken = "A team with this name already exists";

    [Theory]
    [MemberData(nameof(BadTeams))]
    public async Task New_WithBadInput_ShowsTheErrorKeepsTheInputAndSavesNothing(string name, string? kind, string? agency, string? areas, string message)
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var before = await _app.WithDbAsync(db => db.Teams.CountAsync());
        var description = TestData.Unique("Kept description ");

        var page = await admin.SubmitAsync(await admin.GetAsync("/admin/teams/new"), Form(name, kind, agency, areas, description));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, page.ErrorSummary);
        Assert.Equal(name, page.Document.QuerySelector("input[name=Name]")?.GetAttribute("value") ?? "");
        Assert.Equal(description, page.Document.QuerySelector("textarea[name=Description]")?.TextContent);
        Assert.Equal(before, await _app.WithDbAsync(db => db.Teams.CountAsync()));
    }

    [Fact]
    public async Task Edit_ATeamNeedingSetUp_SetsItUp_AndMarkingItDefaultUnmarksTheOtherOfItsKind()
    {
        var named = TestData.Unique("Named RHI ");
        var (put, _) = await _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{TestData.Unique("T")}", new
        {
            firstName = "A", lastName = "B", dateOfBirth = (string?)null, gender = (string?)null, address = (string?)null,
            involvements = Array.Empty<object>(), allocatedTeam = named, allocatedWorkerEmail = (string?)null,
        });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var team = await _app.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Name == named));
        var socialWork = await _data.TeamAsync();
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var form = await admin.GetAsync($"/admin/teams/{team.Id}");
        Assert.NotNull(form.Document.QuerySelector("[data-testid=needs-set-up]"));
        Assert.Empty(form.Document.QuerySelectorAll("input[name=Kind][checked]"));

        var saved = await PostAsync(admin, form, [.. Pairs(named, "ReturnInterviews", "FamilyWellbeing", "BS21", "Locality interviews"),
            new("IsDefault", "true"), new("ServesTeamIds", socialWork.Id.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await _app.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync(t => t.Id == team.Id));
        Assert.Equal((TeamFunction.ReturnInterviews, false, true, "Locality interviews"), (stored.Function, stored.NeedsSetUp, stored.IsDefault, stored.Description));
        Assert.Equal([socialWork.Id], stored.ServesTeamIds);
        Assert.Equal([team.Id], await _app.WithDbAsync(db => db.Teams.Where(t => t.Function == TeamFunction.ReturnInterviews && t.IsDefault).Select(t => t.Id).ToListAsync()));
        Assert.Null((await admin.GetAsync($"/admin/teams/{team.Id}")).Document.QuerySelector("[data-testid=needs-set-up]"));
    }

    [Fact]
    public async Task Edit_ToANameTaken_IsRefused()
    {
        var team = await _data.TeamAsync();
        var admin = await _app.SignedInAsync(Roles.Administrator);

        var page = await admin.SubmitAsync(await admin.GetAsync($"/admin/teams/{team.Id}"), Form("FRONT DOOR", "SocialWork"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(SaveTeamNameTaken, page.ErrorSummary);
        Assert.Equal(team.Name, await _app.WithDbAsync(db => db.Teams.Where(t => t.Id == team.Id).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task Edit_SavedBySomeoneElseFirst_ShowsAConflictAndKeepsTheSecondWritersInput()
    {
        var team = await _data.TeamAsync();
        var first = await _app.SignedInAsync(Roles.Administrator);
        var second = await _app.SignedInAsync(Roles.Administrator);
        var firstForm = await first.GetAsync($"/admin/teams/{team.Id}");
        var secondForm = await second.GetAsync($"/admin/teams/{team.Id}");
        var firstName = TestData.Unique("First ");
        var secondName = TestData.Unique("Second ");

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, Form(firstName, "SocialWork"))).StatusCode);
        var refused = await second.SubmitAsync(secondForm, Form(secondName, "SocialWork"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(EditConflict.Message, refused.ErrorSummary);
        Assert.Equal(secondName, refused.Document.QuerySelector("input[name=Name]")?.GetAttribute("value"));
        Assert.Equal(firstName, await _app.WithDbAsync(db => db.Teams.Where(t => t.Id == team.Id).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task Members_AddingMovesThePersonFromTheirTeam_RemovingTakesThemOut_AndManagersAreShown()
    {
        var team = await _data.TeamAsync();
        var otherTeam = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var mover = await _data.WorkerAsync(Roles.SocialWorker, otherTeam);
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var page = await admin.GetAsync($"/admin/teams/{team.Id}");
        Assert.Contains($"leaves {otherTeam.Name}", page.Document.QuerySelector($"select[name=AddUserId] option[value='{mover.Id}']")!.TextContent, StringComparison.Ordinal);

        var added = await admin.SubmitAsync(page, new Dictionary<string, string?> { ["AddUserId"] = mover.Id }, "form[data-testid=add-member]");
        var after = await admin.GetAsync(added.Location!);

        Assert.Equal($"Test social worker has joined this team and left {otherTeam.Name}", after.Document.QuerySelector("[data-testid=done]")?.TextContent);
        Assert.Equal(team.Id, await TeamOfAsync(mover.Id));
        var members = after.Document.QuerySelectorAll("[data-testid=members] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(members, m => m.Contains(manager.Email, StringComparison.Ordinal) && m.Contains("Team manager", StringComparison.Ordinal));
        Assert.Contains(members, m => m.Contains(mover.Email, StringComparison.Ordinal) && m.Contains("Member", StringComparison.Ordinal));

        var removed = await admin.SubmitAsync(after, new Dictionary<string, string?>(), $"form[action*='{mover.Id}']");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await TeamOfAsync(mover.Id));
        Assert.Equal(team.Id, await TeamOfAsync(manager.Id));
    }

    [Fact]
    public async Task Members_AddingNobody_AsksWhoToAdd()
    {
        var team = await _data.TeamAsync();
        var admin = await _app.SignedInAsync(Roles.Administrator);

        var page = await admin.SubmitAsync(await admin.GetAsync($"/admin/teams/{team.Id}"), new Dictionary<string, string?> { ["AddUserId"] = "" }, "form[data-testid=add-member]");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Select the person to add to the team", page.ErrorSummary);
        Assert.Equal(team.Name, page.Document.QuerySelector("input[name=Name]")?.GetAttribute("value"));

        // The team's own form on the refused page still saves the team.
        var renamed = TestData.Unique("Renamed ");
        var saved = await admin.SubmitAsync(page, Form(renamed, "SocialWork"));
        Assert.Equal($"/admin/teams/{team.Id}", saved.Location);
        Assert.Equal(renamed, await _app.WithDbAsync(db => db.Teams.Where(t => t.Id == team.Id).Select(t => t.Name).SingleAsync()));
    }

    private static Dictionary<string, string?> Form(string name, string? kind, string? agency = "FamilyWellbeing", string? areas = "", string? description = "") =>
        Pairs(name, kind, agency, areas, description).ToDictionary(p => p.Key, p => (string?)p.Value);

    private static List<KeyValuePair<string, string>> Pairs(string name, string? kind, string? agency, string? areas, string? description) =>
    [
        new("Name", name),
        .. kind is null ? [] : new KeyValuePair<string, string>[] { new("Kind", kind) },
        .. agency is null ? [] : new KeyValuePair<string, string>[] { new("Agency", agency) },
        new("Areas", areas ?? ""),
        new("Description", description ?? ""),
    ];

    /// <summary>Posts the page's first form with fields that repeat (checkboxes), as a browser does.</summary>
    private static Task<HtmlClient.Page> PostAsync(HtmlClient client, HtmlClient.Page page, List<KeyValuePair<string, string>> fields) =>
        client.SubmitAsync(page, fields.Select(f => (f.Key, f.Value)));

    private Task<Guid?> TeamOfAsync(string userId) => _app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.TeamId).SingleAsync());

    private static AngleSharp.Dom.IElement Row(HtmlClient.Page page, string name) =>
        page.Document.QuerySelectorAll("[data-testid=teams] tbody tr").Single(r => r.QuerySelector("td a")?.TextContent.Trim() == name);

    private static string[] Cells(AngleSharp.Dom.IElement row) =>
        [.. row.QuerySelectorAll("td").Select((c, i) => i == 0 ? c.QuerySelector("a")!.TextContent.Trim() : c.TextContent.Trim())];
}

public sealed class TeamsPageTestsOnSqlite(SqliteAppFactory app) : TeamsPageTests(app), IClassFixture<SqliteAppFactory>;

public sealed class TeamsPageTestsOnPostgreSql(PostgreSqlAppFactory app) : TeamsPageTests(app), IClassFixture<PostgreSqlAppFactory>;
