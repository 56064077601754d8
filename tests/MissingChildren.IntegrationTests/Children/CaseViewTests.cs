using System.Net;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>The child's case view at /children/{id}: access, the "Viewed" audit, and every tab.</summary>
public abstract class CaseViewTests
{
    private readonly AppFactory _app;

    protected CaseViewTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> Tabs => ["", "/episodes", "/return-interviews", "/risk-assessments", "/plans", "/meetings", "/notes", "/involvements", "/history"];

    public static TheoryData<string> SeeEveryChild => [Roles.FrontDoor, Roles.EmergencyDuty, Roles.TeamManager, Roles.HeadOfService, Roles.Director];

    [Theory]
    [MemberData(nameof(Tabs))]
    public async Task Get_EachTab_RendersForTheAllocatedSocialWorker(string tab)
    {
        var id = await _app.ChildIdAsync("P101");
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{id}{tab}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Jayden Okafor", page.Heading);
        Assert.NotNull(page.Document.QuerySelector(".moj-sub-navigation a[aria-current=page]"));
    }

    [Fact]
    public async Task Get_UnknownTab_ReturnsNotFound()
    {
        var id = await _app.ChildIdAsync("P101");
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{id}/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownChild_ReturnsNotFound()
    {
        var client = await _app.SignedInAsync(Roles.TeamManager);

        var page = await client.GetAsync($"/children/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Get_WhenSocialWorkerFromAnotherTeam_IsRefused()
    {
        // P115 is allocated to Family Support & Safeguarding; the demo social worker is in Corporate Parenting.
        var id = await _app.ChildIdAsync("P115");
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{id}");
        var form = await client.GetAsync($"/children/{id}/notes/new");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("You do not have access to this page", page.Heading);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
    }

    [Fact]
    public async Task Post_WhenSocialWorkerFromAnotherTeam_IsRefusedAndNothingSaved()
    {
        var id = await _app.ChildIdAsync("P115");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var mine = await client.GetAsync($"/children/{await _app.ChildIdAsync("P102")}/notes/new");

        var form = mine.Document.QuerySelector("main form")!;
        form.SetAttribute("action", $"/children/{id}/notes/new");
        var result = await client.SubmitAsync(mine, new Dictionary<string, string?> { ["NoteTitle"] = "Title", ["Text"] = "Text" });

        Assert.Equal(HttpStatusCode.Forbidden, result.StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.ChildId == id)));
    }

    [Theory]
    [InlineData(Roles.Police)]
    [InlineData(Roles.Administrator)]
    public async Task Get_WhenRoleHasNoCaseView_IsRefused(string role)
    {
        var id = await _app.ChildIdAsync("P101");
        var client = await _app.SignedInAsync(role);

        var page = await client.GetAsync($"/children/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Get_WhenRhiWorkerHasNoInterviewWithTheChild_IsRefused()
    {
        var id = await _app.ChildIdAsync("P102");
        var client = await _app.SignedInAsync(Roles.RhiWorker);

        var page = await client.GetAsync($"/children/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Get_WhenRhiAllocatedToTheRhiWorkersTeam_Renders()
    {
        var id = await _app.ChildIdAsync("P105");
        var team = await _app.WithDbAsync(db => db.Teams.Where(t => t.Name == "Family Wellbeing").Select(t => t.Id).SingleAsync());
        await _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.FirstAsync(r => r.ChildId == id);
            rhi.AllocatedTeamId = team;
            return await db.SaveChangesAsync();
        });
        var client = await _app.SignedInAsync(Roles.RhiWorker);

        var page = await client.GetAsync($"/children/{id}/return-interviews");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Family Wellbeing", page.Document.QuerySelector("[data-testid=rhis]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SeeEveryChild))]
    public async Task Get_WhenRoleSeesEveryChild_RendersAChildOfAnyTeam(string role)
    {
        var id = await _app.ChildIdAsync("P115");
        var client = await _app.SignedInAsync(role);

        var page = await client.GetAsync($"/children/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Get_WritesAViewedAuditEntryForEveryPage()
    {
        var id = await _app.ChildIdAsync("P104");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        // Other tests of this class may have viewed the child already (a list of children records a read of each).
        var earlier = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.ChildId == id && a.Action == "Viewed").Select(a => a.Id).ToListAsync());

        await client.GetAsync($"/children/{id}");
        await client.GetAsync($"/children/{id}/notes");
        await client.GetAsync($"/children/{id}/notes/new");

        var viewed = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.ChildId == id && a.Action == "Viewed" && !earlier.Contains(a.Id)).ToListAsync());
        Assert.Equal(3, viewed.Count);
        Assert.All(viewed, v => Assert.Equal("Child", v.EntityType));
        Assert.All(viewed, v => Assert.Equal(DemoUsers.EmailFor(Roles.SocialWorker), v.Actor));
    }

    [Fact]
    public async Task Get_Header_ShowsFlagsAgeWorkerAndTeam()
    {
        var id = await _app.ChildIdAsync("P109"); // looked after, and an unaccompanied asylum-seeking child
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{id}");

        var flags = page.Document.QuerySelectorAll("[data-testid=flags] .govuk-tag").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("Child looked after", flags);
        Assert.Contains("Unaccompanied asylum-seeking child", flags);
        Assert.Equal("Sam Social Worker", page.Document.QuerySelector("[data-testid=allocated-worker]")!.TextContent.Trim());
        Assert.Equal("Corporate Parenting", page.Document.QuerySelector("[data-testid=allocated-team]")!.TextContent.Trim());
        Assert.Matches(@"^\d+ \(born ", page.Document.QuerySelector("[data-testid=age]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Summary_ShowsOpenDutiesCurrentEpisodeAndCounts()
    {
        var id = await _app.ChildIdAsync("P101");
        var open = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.ChildId == id && t.Status == DutyStatus.Open).Select(t => t.Title).ToListAsync());
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{id}");

        Assert.NotEmpty(open);
        var duties = page.Document.QuerySelector("[data-testid=open-duties]")!.TextContent;
        Assert.All(open, title => Assert.Contains(title, duties, StringComparison.Ordinal));
        Assert.Contains("returned", page.Document.QuerySelector("[data-testid=current-episode]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("[data-testid=three-in-90-days]")); // 1, 81 and 104 days ago
    }

    [Fact]
    public async Task Get_Summary_CountsEpisodesIn6And12Months()
    {
        var id = await _app.ChildIdAsync("P115"); // returned this week; closed episodes about 7, 8 and 9 months ago
        var client = await _app.SignedInAsync(Roles.TeamManager);

        var page = await client.GetAsync($"/children/{id}");

        Assert.Equal("1", page.Document.QuerySelector("[data-testid=episodes-6]")!.TextContent.Trim());
        Assert.Equal("4", page.Document.QuerySelector("[data-testid=episodes-12]")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("[data-testid=three-in-90-days]"));
    }

    [Fact]
    public async Task Get_Summary_WhenThreeEpisodesIn90Days_ShowsTheWarning()
    {
        var id = await _app.ChildIdAsync("P100"); // missing now, and three closed episodes in the last 60 days
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{id}");

        Assert.Contains("Missing three or more times in 90 days", page.Document.QuerySelector("[data-testid=three-in-90-days]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"a[href='/children/{id}/found']"));
    }

    [Fact]
    public async Task Get_Episodes_ShowsTheTimeline()
    {
        var id = await _app.ChildIdAsync("P101");
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{id}/episodes");

        var titles = page.Document.QuerySelectorAll(".moj-timeline__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("Missing", titles);
        Assert.Contains("Reported", titles);
        Assert.Contains("Found", titles);
        Assert.Contains("Return home interview requested", titles);
    }

    [Fact]
    public async Task Get_Involvements_ListsOpenAndPastServices()
    {
        var id = await _app.ChildIdAsync("P100"); // CLA now, and early help in the past
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{id}/involvements");

        var rows = page.Document.QuerySelectorAll("[data-testid=involvements] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Child looked after", StringComparison.Ordinal) && r.Contains("Open", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Early help", StringComparison.Ordinal) && !r.Contains("Open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_History_IsATimelineOfWhoDidWhatInWords_NeverRawJson()
    {
        var id = await _app.ChildIdAsync("P106");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var form = await client.GetAsync($"/children/{id}/notes/new");
        await client.SubmitAsync(form, new Dictionary<string, string?> { ["NoteTitle"] = "Phone call with carer", ["Text"] = "Carer says all well." });

        var page = await client.GetAsync($"/children/{id}/history");

        var history = page.Document.QuerySelector("[data-testid=history]")!.TextContent;
        var added = page.Document.QuerySelectorAll("[data-testid=history] .moj-timeline__item").First(i => i.TextContent.Contains("Added a case note", StringComparison.Ordinal));
        Assert.Equal("by Sam Social Worker", added.QuerySelector(".moj-timeline__byline")!.TextContent.Trim());
        Assert.Contains("Viewed the case record", history, StringComparison.Ordinal);
        Assert.Contains("Title: Phone call with carer", history, StringComparison.Ordinal);
        Assert.DoesNotContain("CaseNote", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Dedupe key", history, StringComparison.Ordinal);
        Assert.Contains("Phone call with carer", history, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", history, StringComparison.Ordinal);
        Assert.DoesNotContain("\"to\"", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyChildren_ListsTheSocialWorkersAllocatedChildrenWithTheirDuties()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var p101 = await _app.ChildIdAsync("P101");
        var open = await _app.WithDbAsync(db => db.DutyTasks.CountAsync(t => t.ChildId == p101 && t.Status == DutyStatus.Open));

        var page = await client.GetAsync("/children");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("My children", page.Heading);
        var rows = page.Document.QuerySelectorAll("[data-testid=my-children] tbody tr").ToList();
        Assert.Equal(10, rows.Count); // P100-P109 are allocated to the demo social worker
        var row = Assert.Single(rows, r => r.TextContent.Contains("(P101)", StringComparison.Ordinal));
        Assert.Equal($"/children/{p101}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Returned", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(open.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Contains("/children", page.Document.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task MyChildren_ForOtherRoles_IsRefused()
    {
        var client = await _app.SignedInAsync(Roles.Police);

        var page = await client.GetAsync("/children");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }
}

public sealed class CaseViewTestsOnSqlite(SqliteAppFactory app) : CaseViewTests(app), IClassFixture<SqliteAppFactory>;

public sealed class CaseViewTestsOnPostgreSql(PostgreSqlAppFactory app) : CaseViewTests(app), IClassFixture<PostgreSqlAppFactory>;
