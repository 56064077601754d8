using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using static MissingChildren.Testing.TestData;

namespace MissingChildren.IntegrationTests.Search;

/// <summary>
/// <c>/search?q=</c> (screens.md "Search"), on each database: a child found by their name (whole, part of it, or misspelt),
/// date of birth as workers type it, local ID or police reference; only among the children the person may open
/// (ChildAccess); an empty or too short search is a GOV.UK error. Each test makes children with names of their own.
/// </summary>
public abstract class SearchTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected SearchTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private static async Task<HtmlClient.Page> SearchAsync(HtmlClient client, string text)
    {
        var page = await client.GetAsync($"/search?q={Uri.EscapeDataString(text)}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    /// <summary>The result for this child, or null when the search did not find them.</summary>
    private static AngleSharp.Dom.IElement? Result(HtmlClient.Page page, TestChild child) =>
        page.Document.QuerySelectorAll("[data-testid=result]")
            .SingleOrDefault(r => r.QuerySelector("[data-testid=found-child]")?.GetAttribute("href") == $"/children/{child.Id}");

    /// <summary>A date of birth of its own, so a search by it lists this test's child among few others.</summary>
    private static DateOnly UniqueDateOfBirth() => new DateOnly(2008, 1, 1).AddDays(Random.Shared.Next(0, 4000));

    [Fact]
    public async Task Search_ByName_ShowsTheChildWithTheirDetailsInPlainWordsAndAuditsTheRead()
    {
        var team = await _data.TeamAsync();
        var child = await _data.ChildAsync(involvement: "CLA", team: team);
        await _data.MissingAsync(child);
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await SearchAsync(client, $"{child.FirstName} {child.LastName}");

        Assert.Equal("Search for a child – MissingChildren", page.Title);
        var result = Assert.IsType<AngleSharp.Dom.IElement>(Result(page, child), exactMatch: false);
        Assert.Equal($"{child.FirstName} {child.LastName}", result.QuerySelector("[data-testid=found-child]")!.TextContent.Trim());
        Assert.Contains("17 April 2011", result.TextContent, StringComparison.Ordinal);
        Assert.Contains(child.LocalId, result.TextContent, StringComparison.Ordinal);
        Assert.Equal("Child looked after", result.QuerySelector("[data-testid=involvements]")!.TextContent.Trim());
        Assert.StartsWith("Missing since", result.QuerySelector("[data-testid=open-episode]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(team.Name, result.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("CLA", result.TextContent, StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "Viewed" && a.Actor == DemoUsers.EmailFor(Roles.FrontDoor))));
    }

    [Fact]
    public async Task Search_ByPartOfTheSurnameOrTheStartOfTheFirstName_FindsTheChild()
    {
        var child = await _data.ChildAsync(firstName: Surname());
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        Assert.NotNull(Result(await SearchAsync(client, child.LastName[2..7]), child));
        Assert.NotNull(Result(await SearchAsync(client, child.FirstName[..4]), child));
        Assert.NotNull(Result(await SearchAsync(client, $"{child.FirstName[..3]} {child.LastName[..4].ToLowerInvariant()}"), child));
    }

    [Theory]
    [InlineData(4, 'z')]
    [InlineData(1, '\0')]
    public async Task Search_ByAMisspeltSurname_FindsTheChildAsASimilarName(int at, char wrong)
    {
        var child = await _data.ChildAsync();
        var surname = child.LastName;
        // A letter typed wrong, or two neighbouring letters swapped (the first different pair from there: "xx" swapped is no misspelling).
        var swap = Enumerable.Range(at, surname.Length - at - 1).First(i => surname[i] != surname[i + 1]);
        var misspelt = wrong == '\0'
            ? string.Concat(surname[..swap], surname[swap + 1].ToString(), surname[swap].ToString(), surname[(swap + 2)..])
            : string.Concat(surname[..at], (surname[at] == wrong ? 'y' : wrong).ToString(), surname[(at + 1)..]);
        Assert.NotEqual(surname, misspelt);
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await SearchAsync(client, $"Tobyas {misspelt}");

        var result = Assert.IsType<AngleSharp.Dom.IElement>(Result(page, child), exactMatch: false);
        Assert.Equal("Similar name", result.QuerySelector("[data-testid=found-by]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Search_ByANameTooFarFromAnyChilds_FindsNoOne()
    {
        var child = await _data.ChildAsync();
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        // Four letters of nine wrong: further than the two a long name may be misspelt by.
        var wrong = new string([.. child.LastName[3..7].Select(c => (char)('a' + ((c - 'a' + 13) % 26)))]);
        var page = await SearchAsync(client, $"{child.LastName[..3]}{wrong}{child.LastName[7..]}");

        Assert.Null(Result(page, child));
    }

    [Theory]
    [InlineData("d/M/yyyy")]
    [InlineData("dd/MM/yyyy")]
    [InlineData("d-M-yyyy")]
    [InlineData("d.M.yyyy")]
    [InlineData("d M yyyy")]
    [InlineData("d MMMM yyyy")]
    [InlineData("d MMM yyyy")]
    [InlineData("yyyy-MM-dd")]
    [InlineData("d/M/yy")]
    public async Task Search_ByDateOfBirthAsWorkersTypeIt_FindsTheChild(string format)
    {
        var dateOfBirth = UniqueDateOfBirth();
        var child = await _data.ChildAsync(dateOfBirth: dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await SearchAsync(client, dateOfBirth.ToString(format, CultureInfo.GetCultureInfo("en-GB")));

        var result = Assert.IsType<AngleSharp.Dom.IElement>(Result(page, child), exactMatch: false);
        Assert.Equal("Date of birth", result.QuerySelector("[data-testid=found-by]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Search_ByNameAndDateOfBirth_FindsOnlyTheChildBornThatDay()
    {
        var firstName = Surname();
        var dateOfBirth = UniqueDateOfBirth();
        var born = await _data.ChildAsync(firstName: firstName, dateOfBirth: dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var other = await _data.ChildAsync(firstName: firstName, dateOfBirth: dateOfBirth.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await SearchAsync(client, $"{firstName} {dateOfBirth.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}");

        Assert.NotNull(Result(page, born));
        Assert.Null(Result(page, other));
    }

    [Fact]
    public async Task Search_ByLocalId_InAnyCase_FindsTheChild()
    {
        var child = await _data.ChildAsync();
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await SearchAsync(client, child.LocalId.ToLowerInvariant());

        var result = Assert.IsType<AngleSharp.Dom.IElement>(Result(page, child), exactMatch: false);
        Assert.Equal("Local ID", result.QuerySelector("[data-testid=found-by]")!.TextContent.Trim());
        Assert.Equal(1, page.Document.QuerySelectorAll("[data-testid=result]").Length);
    }

    [Fact]
    public async Task Search_ByPoliceReference_FindsTheChildTheReportWasAbout()
    {
        var child = await _data.ChildAsync();
        var reference = Unique("POL-");
        await _data.MissingAsync(child, reference: reference);
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await SearchAsync(client, reference);

        var result = Assert.IsType<AngleSharp.Dom.IElement>(Result(page, child), exactMatch: false);
        Assert.Equal($"Police reference {reference}", result.QuerySelector("[data-testid=found-by]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("", "Enter a name, date of birth, local ID or police reference")]
    [InlineData("   ", "Enter a name, date of birth, local ID or police reference")]
    [InlineData("a", "Search must be 2 characters or more")]
    public async Task Search_EmptyOrTooShort_IsAGovukErrorWithTheInputKept(string text, string message)
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/search?q={Uri.EscapeDataString(text)}");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("Error: Search for a child – MissingChildren", page.Title);
        Assert.Equal([message], page.ErrorSummary);
        Assert.Equal("#q", page.Document.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.Equal(message, page.FieldError("q"));
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=result]"));
    }

    [Fact]
    public async Task Search_WithoutAQuery_ShowsTheSearchWithoutAnError()
    {
        var page = await (await _app.SignedInAsync(Roles.SocialWorker)).GetAsync("/search");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.ErrorSummary);
        Assert.NotNull(page.Document.QuerySelector("form[data-testid=search-form] input[name=q]"));
    }

    /// <summary>Two children with the same first name: one allocated to the worker's team, one to another team.</summary>
    private async Task<(TestChild Ours, TestChild Theirs, string FirstName, TestWorker Worker)> TwoTeamsAsync(string role)
    {
        var firstName = Surname();
        var ourTeam = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(role, ourTeam);
        var ours = await _data.ChildAsync(firstName: firstName, team: ourTeam);
        var theirs = await _data.ChildAsync(firstName: firstName, team: await _data.TeamAsync());
        return (ours, theirs, firstName, worker);
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Education)]
    public async Task Search_AsASocialWorker_FindsOnlyTheirTeamsChildren(string role)
    {
        var (ours, theirs, firstName, worker) = await TwoTeamsAsync(role);
        var client = await _app.SignedInAsync(worker);

        var byName = await SearchAsync(client, firstName);
        var byLocalId = await SearchAsync(client, theirs.LocalId);

        Assert.NotNull(Result(byName, ours));
        Assert.Null(Result(byName, theirs));
        Assert.Null(Result(byLocalId, theirs));
        Assert.Equal("No children found", byLocalId.Document.QuerySelector("[data-testid=result-count]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.HeadOfService)]
    [InlineData(Roles.Director)]
    [InlineData(Roles.FrontDoor)]
    [InlineData(Roles.EmergencyDuty)]
    [InlineData(Roles.TeamManager)]
    public async Task Search_AsHeadOfServiceAndOthersWhoSeeEveryChild_FindsChildrenOfEveryTeam(string role)
    {
        var (ours, theirs, firstName, _) = await TwoTeamsAsync(Roles.SocialWorker);
        var client = await _app.SignedInAsync(role);

        var page = await SearchAsync(client, firstName);

        Assert.NotNull(Result(page, ours));
        Assert.NotNull(Result(page, theirs));
    }

    [Fact]
    public async Task Search_AsAReturnInterviewWorker_FindsOnlyChildrenWhoseInterviewIsTheirs()
    {
        var (ours, theirs, firstName, _) = await TwoTeamsAsync(Roles.SocialWorker);
        var rhiTeam = await _data.TeamAsync(Domain.Teams.TeamFunction.ReturnInterviews);
        var rhiWorker = await _data.WorkerAsync(Roles.RhiWorker, rhiTeam);
        var interview = await _data.ReturnHomeInterviewOfAsync(await _data.ReturnedAsync(ours));
        await _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == interview);
            rhi.AllocatedTeamId = rhiTeam.Id;
            rhi.AllocatedWorkerId = rhiWorker.Id;
            return await db.SaveChangesAsync();
        });
        var client = await _app.SignedInAsync(rhiWorker);

        var page = await SearchAsync(client, firstName);

        Assert.NotNull(Result(page, ours));
        Assert.Null(Result(page, theirs));
    }

    [Theory]
    [InlineData(Roles.Police)]
    [InlineData(Roles.Administrator)]
    public async Task Search_AsPoliceOrAdministrator_IsRefusedAndTheHeaderHasNoSearch(string role)
    {
        var client = await _app.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/search?q=Tobias")).StatusCode);
        var home = await client.GetAsync("/notices");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Null(home.Document.QuerySelector("[data-testid=header-search]"));
    }

    [Fact]
    public async Task Header_ForARoleThatSeesChildren_HasASearchBoxSendingQToTheSearch()
    {
        var page = await (await _app.SignedInAsync(Roles.SocialWorker)).GetAsync("/notices");

        var form = page.Document.QuerySelector("header form[data-testid=header-search]");
        Assert.NotNull(form);
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.NotNull(page.Document.QuerySelector("label[for=header-search-q]"));
    }
}

public sealed class SearchTestsOnSqlite(SqliteAppFactory app) : SearchTests(app), IClassFixture<SqliteAppFactory>;

public sealed class SearchTestsOnPostgreSql(PostgreSqlAppFactory app) : SearchTests(app), IClassFixture<PostgreSqlAppFactory>;
