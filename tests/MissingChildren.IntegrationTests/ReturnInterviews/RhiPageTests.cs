using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// The RHI worker's task tray (/rhi) and the RHI page (/rhi/{id}) with the North Somerset profile, on each database:
/// every action, every validation message, and what each changed.
/// </summary>
public abstract partial class RhiPageTests
{
    private readonly AppFactory _app;
    private readonly RhiTestData _data;

    protected RhiPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new RhiTestData(app);
    }

    private async Task<(HtmlClient Client, HtmlClient.Page Page)> OpenAsync(Guid rhiId, string role = Roles.RhiWorker)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);
        var page = await client.GetAsync($"/rhi/{rhiId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (client, page);
    }

    private static Task<HtmlClient.Page> SubmitAsync(HtmlClient client, HtmlClient.Page page, string form, Dictionary<string, string?> values) =>
        client.SubmitAsync(page, values, RhiTestData.Form(form));

    private static Dictionary<string, string?> When(string prefix, DateTimeOffset utc) => new()
    {
        [$"{prefix}.Day"] = utc.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Month"] = utc.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Year"] = utc.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.Time"] = utc.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), // November: UK time is UTC
    };

    private static Dictionary<string, string?> Attempt(DateTimeOffset at, string outcome = "NoAnswer")
    {
        var values = When("Attempt.At", at);
        values["Attempt.Method"] = "Phone";
        values["Attempt.Contacted"] = "ParentOrCarer";
        values["Attempt.Outcome"] = outcome;
        return values;
    }

    private static Dictionary<string, string?> Interview(DateTimeOffset at)
    {
        var values = When("Interview.InterviewedAt", at);
        values["Interview.Location"] = "Family home";
        values["Interview.PeoplePresent"] = "The child and their mother";
        values["Interview.ChildAccount"] = "Stayed with a friend after an argument at home.";
        values["Interview.ParentsCarersViews"] = "Worried, wants family support.";
        values["Interview.RisksIdentified"] = "None found";
        values["Interview.ConsentToShare"] = "yes";
        return values;
    }

    // ----- The tray -----

    [Fact]
    public async Task Tray_AsTeamManager_ListsUnallocatedWithTheAllocationDeadline()
    {
        var id = await _data.RequestedRhiAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);

        var (page, row) = await RhiTestData.TrayRowAsync(client, id);

        Assert.Equal("Return home interviews", page.Heading);
        var unallocated = row.Closest("table")!;
        Assert.Same(page.Document.QuerySelectorAll("#unallocated ~ .mc-table-region table")[0], unallocated);
        Assert.Contains("Allocate by (R19)", unallocated.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tray_AsRhiWorker_ListsMyInterviewsWithDeadlinesConsentAndAttempts()
    {
        var id = await _data.AllocatedRhiAsync();
        var unallocated = await _data.RequestedRhiAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.RhiWorker);

        var (page, row) = await RhiTestData.TrayRowAsync(client, id);

        Assert.Contains("My interviews", page.Text, StringComparison.Ordinal);
        await RhiTestData.TrayRowAsync(client, unallocated); // the team's unallocated interviews are listed too
        Assert.Contains("Not yet asked", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Make the first contact attempt", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Education)]
    [InlineData(Roles.Police)]
    public async Task Tray_ForOtherRoles_Returns403(string role)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/rhi")).StatusCode);
    }

    // ----- Each form's own page -----

    [Fact]
    public async Task FormPage_WhenTheRhiAllowsIt_ShowsTheFormAlone_AndWhenNot_GoesBackToTheRhi()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, _) = await OpenAsync(id);

        var attempt = await client.GetAsync($"/rhi/{id}/attempt");
        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        Assert.Equal("Record a contact attempt", attempt.Heading);
        Assert.NotNull(attempt.Document.QuerySelector(RhiTestData.Form("Attempt")));
        Assert.Single(attempt.Document.QuerySelectorAll("main form"));

        var interview = await client.GetAsync($"/rhi/{id}/interview"); // not before consent
        Assert.Equal(HttpStatusCode.Redirect, interview.StatusCode);
        Assert.Equal($"/rhi/{id}", interview.Location);
    }

    [Theory]
    [InlineData("allocate")]
    [InlineData("send")]
    public async Task FormPage_ForOtherRoles_Returns403_AndForAnotherTeamsRhi_Returns404(string form)
    {
        var id = await _data.RequestedRhiAsync();
        var education = _app.CreateHtmlClient();
        await education.SignInAsync(Roles.Education);
        Assert.Equal(HttpStatusCode.Forbidden, (await education.GetAsync($"/rhi/{id}/{form}")).StatusCode);

        // R7, R23: the child's social worker opens it, but a form not theirs to use sends them back to the RHI.
        var social = _app.CreateHtmlClient();
        await social.SignInAsync(Roles.SocialWorker);
        Assert.Equal($"/rhi/{id}", (await social.GetAsync($"/rhi/{id}/{form}")).Location);

        var manager = _app.CreateHtmlClient();
        await manager.SignInAsync(Roles.TeamManager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/rhi/{Guid.NewGuid()}/{form}")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.HeadOfService)]
    [InlineData(Roles.Director)]
    public async Task Rhi_ForHeadsOfServiceAndDirectors_OpensReadOnly_SoTheyApproveWithItInView(string role)
    {
        var id = await _data.AllocatedRhiAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);

        var page = await client.GetAsync($"/rhi/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Document.QuerySelectorAll($"main form[action^='/rhi/{id}/']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/rhi/{id}/attempt")).StatusCode);
    }

    [Fact]
    public async Task Rhi_ForOtherRoles_Returns403_AndAnotherTeamsRhi_Returns404()
    {
        var id = await _data.RequestedRhiAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.Education);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/rhi/{id}")).StatusCode);

        var allocatedElsewhere = await _data.RequestedRhiAsync();
        await _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == allocatedElsewhere);
            rhi.AllocatedWorkerId = (await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.FrontDoor))).Id;
            return await db.SaveChangesAsync();
        });
        var worker = _app.CreateHtmlClient();
        await worker.SignInAsync(Roles.RhiWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/rhi/{allocatedElsewhere}")).StatusCode);
    }

    // ----- R8: other authorities' children -----

    [Fact]
    public async Task Tray_AsFrontDoor_ShowsTheFormRequest_AndFormReceivedClosesTheChain()
    {
        var localId = await _data.ChildAsync(14, homeAuthority: "Bristol City Council");
        var episodeId = await _data.ReturnAsync(localId);
        Assert.Null(await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId).SingleAsync()));
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);
        var page = await client.GetAsync("/rhi");
        var row = page.Document.QuerySelector($"input[value='{episodeId}']")!.Closest("tr")!;
        Assert.Contains("Bristol City Council", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Request", row.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#unallocated"));

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["episodeId"] = episodeId.ToString() }, $"form:has(input[value='{episodeId}'])");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var open = await _app.WithDbAsync(db => db.DutyTasks.CountAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.RhiFormRequest && t.Status == DutyStatus.Open));
        Assert.Equal(0, open);
        var again = await client.SubmitAsync(page, new Dictionary<string, string?> { ["episodeId"] = episodeId.ToString() }, $"form:has(input[value='{episodeId}'])");
        Assert.Equal(["The form for this episode has already been recorded as received"], again.ErrorSummary);
    }
}

public sealed class RhiPageTestsOnSqlite(SqliteAppFactory app) : RhiPageTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RhiPageTestsOnPostgreSql(PostgreSqlAppFactory app) : RhiPageTests(app), IClassFixture<PostgreSqlAppFactory>;
