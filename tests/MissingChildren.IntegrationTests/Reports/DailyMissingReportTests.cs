using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.IntegrationTests.Reports;

/// <summary>
/// R36 (003): <c>/reports/daily-missing</c>, every child missing in the period or still missing, with the police's risk
/// and the recommended actions, on screen, as CSV and as Excel; scoped to what the reader oversees.
/// </summary>
public abstract class DailyMissingReportTests
{
    private const string Report = "/reports/daily-missing";
    private readonly AppFactory _app;

    protected DailyMissingReportTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_app.Clock.GetUtcNow(), DeadlineText.UkTime).DateTime);

    private sealed record Scene(TestData.TestTeam Team, TestData.TestWorker Manager, TestData.TestChild Missing, Guid MissingEpisode, TestData.TestChild Returned, TestData.TestChild LongAgo);

    /// <summary>A team with its manager: a looked-after child missing five hours (High), one back 20 hours ago, one back a week ago.</summary>
    private async Task<Scene> SceneAsync()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var manager = await data.WorkerAsync(Roles.TeamManager, team);
        var missing = await data.ChildAsync("CLA", team: team, firstName: "Ada");
        var episode = await data.MissingAsync(missing, hoursAgo: 5, risk: "High");
        var returned = await data.ChildAsync("CIN", team: team, firstName: "Ben");
        await data.ReturnedAsync(returned, missingHoursAgo: 30, foundHoursAgo: 20);
        var longAgo = await data.ChildAsync("CIN", team: team, firstName: "Cal");
        await data.ReturnedAsync(longAgo, missingHoursAgo: 200, foundHoursAgo: 150);
        return new Scene(team, manager, missing, episode, returned, longAgo);
    }

    private static string Name(TestData.TestChild child) => $"{child.FirstName} {child.LastName}";

    [Fact]
    public async Task TheReport_AnswersAtItsAddress_AsCsv_AndAsExcel_AndNothingElse()
    {
        var client = await _app.SignedInAsync(Roles.HeadOfService);

        var page = await client.GetAsync(Report);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Daily missing report", page.Heading);
        Assert.Equal("text/csv", (await client.Http.GetAsync(new Uri(Report + ".csv", UriKind.Relative))).Content.Headers.ContentType?.MediaType);
        Assert.Equal(ReportReader.XlsxType, (await client.Http.GetAsync(new Uri(Report + ".xlsx", UriKind.Relative))).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Report + ".pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync(Roles.SocialWorker)).GetAsync(Report + ".csv")).StatusCode);
    }

    [Fact]
    public async Task Screen_ListsTheChildrenMissingYesterdayOrTodayOrStillMissing_MissingNowFirst_WithPoliceRiskAndRecommendedActions()
    {
        var scene = await SceneAsync();
        var client = await _app.SignedInAsync(scene.Manager);
        var missingFrom = _app.Clock.GetUtcNow().AddHours(-5);
        var duties = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.EpisodeId == scene.MissingEpisode && t.Status == DutyStatus.Open).Select(t => t.Title).ToListAsync());
        Assert.NotEmpty(duties);

        var page = await client.GetAsync(Report);

        var (header, rows) = ReportReader.Screen(page, GetDailyMissing.ChildrenTable);
        Assert.Equal(GetDailyMissing.Columns.Select(c => c.Heading), header);
        Assert.Equal([Name(scene.Missing), Name(scene.Returned)], rows.Select(r => r[0]));
        var row = ReportReader.RowOf(rows, Name(scene.Missing));
        Assert.Equal(
            [Name(scene.Missing), scene.Missing.LocalId, "15", "Child looked after", scene.Team.Name, "", "Missing", "Missing now", DeadlineText.Local(missingFrom), "", "5 hours", "High", "Weston bus station", "1"],
            row.Take(14));
        Assert.All(duties, title => Assert.Contains(title, row[14], StringComparison.Ordinal));
        Assert.Equal("Returned", ReportReader.RowOf(rows, Name(scene.Returned))[7]);
        Assert.Equal(Links.Child(scene.Missing.Id), page.Document.QuerySelector("table[data-testid=report-table] tbody tr a")?.GetAttribute("href"));
        var actions = ReportReader.Screen(page, GetDailyMissing.ActionsTable).Rows.Where(r => r[0] == Name(scene.Missing)).Select(r => r[1]);
        Assert.Equal(duties.Order(StringComparer.Ordinal), actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Csv_AndExcel_HoldTheSameRowsAsTheScreen_UnderAHeaderRow()
    {
        var scene = await SceneAsync();
        var client = await _app.SignedInAsync(scene.Manager);
        var missingFrom = TimeZoneInfo.ConvertTime(_app.Clock.GetUtcNow().AddHours(-5), DeadlineText.UkTime);
        var headings = GetDailyMissing.Columns.Select(c => c.Heading).ToList();

        var csv = await ReportReader.CsvAsync(client, Report + ".csv");

        Assert.Equal(headings, csv[0]);
        Assert.Equal([Name(scene.Missing), Name(scene.Returned)], csv.Skip(1).Select(r => r[0]));
        var row = ReportReader.RowOf(csv, Name(scene.Missing));
        Assert.Equal(
            [Name(scene.Missing), scene.Missing.LocalId, "15", "Child looked after", scene.Team.Name, "", "Missing", "Missing now", missingFrom.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), "", "5 hours", "High", "Weston bus station", "1"],
            row.Take(14));

        var workbook = await ReportReader.XlsxAsync(client, Report + ".xlsx");
        Assert.Equal([GetDailyMissing.ChildrenTable, GetDailyMissing.ActionsTable], workbook.Keys);
        Assert.Equal(headings, await ReportReader.XlsxHeaderAsync(client, Report + ".xlsx", GetDailyMissing.ChildrenTable));
        var sheetRow = Assert.Single(workbook[GetDailyMissing.ChildrenTable], r => (string?)r["Child"] == Name(scene.Missing));
        Assert.Equal("High", sheetRow["Police risk"]);
        Assert.Equal("Missing now", sheetRow["Status"]);
        Assert.Equal(15, Convert.ToInt32(sheetRow["Age"], CultureInfo.InvariantCulture));
        Assert.Equal(missingFrom.DateTime, (DateTime)sheetRow["Missing from"]!, TimeSpan.FromSeconds(1));
        Assert.Equal(2, workbook[GetDailyMissing.ChildrenTable].Count);
        Assert.Contains(workbook[GetDailyMissing.ActionsTable], r => (string?)r["Child"] == Name(scene.Missing) && (string?)r["Overdue"] == "No");
    }

    [Fact]
    public async Task AChosenPeriod_ListsTheChildrenMissingThen()
    {
        var scene = await SceneAsync();
        var client = await _app.SignedInAsync(scene.Manager);
        var weekAgo = Today.AddDays(-8);

        var page = await client.GetAsync(Report + ReportReader.Period(weekAgo, Today.AddDays(-5)));

        var names = ReportReader.Screen(page, GetDailyMissing.ChildrenTable).Rows.Select(r => r[0]).ToList();
        Assert.Equal([Name(scene.LongAgo)], names);
        Assert.Equal(weekAgo.Day.ToString(CultureInfo.InvariantCulture), page.Document.QuerySelector("input[name='From.Day']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task ATeamManager_SeesOnlyTheirTeamsChildren_AndTheHeadOfServiceEveryTeams()
    {
        var scene = await SceneAsync();
        var data = new TestData(_app);
        var otherTeam = await data.TeamAsync();
        var other = await data.ChildAsync("CP", team: otherTeam, firstName: "Dot");
        await data.MissingAsync(other, hoursAgo: 2);

        var managers = ReportReader.Screen(await (await _app.SignedInAsync(scene.Manager)).GetAsync(Report), GetDailyMissing.ChildrenTable).Rows.Select(r => r[0]).ToList();
        var headOfService = await _app.SignedInAsync(Roles.HeadOfService);
        var all = ReportReader.Screen(await headOfService.GetAsync(Report), GetDailyMissing.ChildrenTable).Rows.Select(r => r[0]).ToList();
        var oneTeam = ReportReader.Screen(await headOfService.GetAsync(Report + ReportReader.Period(Today.AddDays(-1), Today, otherTeam.Id)), GetDailyMissing.ChildrenTable).Rows.Select(r => r[0]);

        Assert.DoesNotContain(Name(other), managers);
        Assert.Contains(Name(scene.Missing), managers);
        Assert.Contains(Name(other), all);
        Assert.Contains(Name(scene.Missing), all);
        Assert.Equal([Name(other)], oneTeam);
    }

    [Fact]
    public async Task ToBeforeFrom_IsTheErrorSummary_WithTheInputKept_AndNoDownload()
    {
        var scene = await SceneAsync();
        var client = await _app.SignedInAsync(scene.Manager);
        var query = ReportReader.Period(Today, Today.AddDays(-3));

        var page = await client.GetAsync(Report + query);
        var csv = await client.GetAsync(Report + ".csv" + query);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([ReportCriteriaValidator<GetDailyMissing.Query>.ToBeforeFrom], page.ErrorSummary);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(Today.AddDays(-3).Day.ToString(CultureInfo.InvariantCulture), page.Document.QuerySelector("input[name='To.Day']")?.GetAttribute("value"));
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=report-table], [data-testid=report-downloads]"));
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Equal("text/html", csv.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([ReportCriteriaValidator<GetDailyMissing.Query>.ToBeforeFrom], csv.ErrorSummary);
    }

    [Fact]
    public async Task ADateThatIsNotReal_IsTheErrorSummary_WithTheInputKept()
    {
        var client = await _app.SignedInAsync(Roles.HeadOfService);

        var page = await client.GetAsync(Report + "?From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var error = Assert.Single(page.ErrorSummary);
        Assert.Contains("from date", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("31", page.Document.QuerySelector("input[name='From.Day']")?.GetAttribute("value"));
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=report-table]"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Report + ".xlsx?From.Day=31&From.Month=2&From.Year=2026")).StatusCode);
    }

    [Fact]
    public async Task ATeamTheManagerDoesNotOversee_IsTheErrorSummary_AndNoDownload()
    {
        var scene = await SceneAsync();
        var otherTeam = await new TestData(_app).TeamAsync();
        var client = await _app.SignedInAsync(scene.Manager);
        var query = ReportReader.Period(Today.AddDays(-1), Today, otherTeam.Id);

        var page = await client.GetAsync(Report + query);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([ReportCriteriaValidator<GetDailyMissing.Query>.NotYourTeam], page.ErrorSummary);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Report + ".csv" + query)).StatusCode);
    }

    [Fact]
    public async Task TheDownload_IsAuditedAsARead_OfEachChildInIt()
    {
        var scene = await SceneAsync();
        var client = await _app.SignedInAsync(scene.Manager);

        await ReportReader.CsvAsync(client, Report + ".csv");

        var reads = await _app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == "Viewed" && (a.ChildId == scene.Missing.Id || a.ChildId == scene.Returned.Id || a.ChildId == scene.LongAgo.Id))
            .Select(a => new { a.ChildId, a.Actor, a.Changes })
            .ToListAsync());
        Assert.Equal([scene.Missing.Id, scene.Returned.Id], reads.Select(r => r.ChildId!.Value).Order());
        Assert.All(reads, r => Assert.Contains("/reports/daily-missing.csv", r.Changes, StringComparison.Ordinal));
        Assert.All(reads, r => Assert.Equal(scene.Manager.Email, r.Actor));
    }

    [Fact]
    public async Task ACellStartingWithAnEqualsSign_IsEscaped_SoASpreadsheetDoesNotRunIt()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var manager = await data.WorkerAsync(Roles.TeamManager, team);
        var child = await data.ChildAsync(team: team);
        const string place = "=HYPERLINK(\"http://example.org\",\"x\")";
        await data.NotifyAsync(new
        {
            source = "Police", sourceReference = TestData.Unique("POL-"), kind = "Missing", child = new { localId = child.LocalId },
            missingFrom = TestData.Iso(data.Now.AddHours(-2)), reportedAt = TestData.Iso(data.Now.AddHours(-1)), policeRiskLevel = "Medium", lastSeenLocation = place,
        });
        var client = await _app.SignedInAsync(manager);

        var csv = await ReportReader.CsvAsync(client, Report + ".csv");
        var workbook = await ReportReader.XlsxAsync(client, Report + ".xlsx");

        var cell = ReportReader.RowOf(csv, Name(child))[12];
        Assert.Equal("'" + place, cell);
        Assert.Equal("'" + place, Assert.Single(workbook[GetDailyMissing.ChildrenTable])["Last seen"]);
    }
}

public sealed class DailyMissingReportTestsOnSqlite(SqliteAppFactory app) : DailyMissingReportTests(app), IClassFixture<SqliteAppFactory>;

public sealed class DailyMissingReportTestsOnPostgreSql(PostgreSqlAppFactory app) : DailyMissingReportTests(app), IClassFixture<PostgreSqlAppFactory>;
