using System.Globalization;
using System.Net;
using MissingChildren.Domain;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.IntegrationTests.Reports;

/// <summary>
/// R38 (000; 001 §4.4): <c>/reports/missing-meeting</c>, the children the missing meeting discusses, highest risk first,
/// on screen, as CSV and as Excel.
/// </summary>
public abstract class MissingMeetingReportTests
{
    private const string Report = "/reports/missing-meeting";
    private readonly AppFactory _app;

    protected MissingMeetingReportTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_app.Clock.GetUtcNow(), DeadlineText.UkTime).DateTime);

    private sealed record Scene(TestData.TestTeam Team, TestData.TestWorker Manager, IReadOnlyList<string> HighestRiskFirst, string LongAgo);

    /// <summary>
    /// A team's children this week, one for each reason to stand higher: missing now (Medium), back after a High risk
    /// episode, back with an exploitation risk assessment (category 3), back from a third episode in 90 days, back once;
    /// and one back three weeks ago.
    /// </summary>
    private async Task<Scene> SceneAsync()
    {
        var data = new TestData(_app);
        var team = await data.TeamAsync();
        var manager = await data.WorkerAsync(Roles.TeamManager, team);

        var once = await data.ChildAsync("CIN", team: team, firstName: "Tia");
        await data.ReturnedAsync(once, missingHoursAgo: 50, foundHoursAgo: 49);
        var repeat = await data.ChildAsync("CIN", team: team, firstName: "Rex");
        foreach (var hours in new[] { 100, 80, 60 })
        {
            await data.ReturnedAsync(repeat, missingHoursAgo: hours, foundHoursAgo: hours - 2);
        }

        var exploited = await data.ChildAsync("CIN", team: team, firstName: "Sol");
        await data.ReturnedAsync(exploited, missingHoursAgo: 40, foundHoursAgo: 39);
        await _app.WithDbAsync(db =>
        {
            db.RiskAssessments.Add(new RiskAssessment
            {
                ChildId = exploited.Id, SeriesId = Guid.NewGuid(), Status = RiskAssessmentStatus.AwaitingAuthorisation, Score = 12,
                SuggestedCategory = "Category3", AssessedBy = "Test social worker", CreatedAt = data.Now, UpdatedAt = data.Now,
            });
            return db.SaveChangesAsync();
        });
        var high = await data.ChildAsync("CLA", team: team, firstName: "Quin");
        await data.ReturnedAsync(high, missingHoursAgo: 30, foundHoursAgo: 20, risk: "High");
        var missing = await data.ChildAsync("CP", team: team, firstName: "Pia");
        await data.MissingAsync(missing, hoursAgo: 3);
        var longAgo = await data.ChildAsync("CIN", team: team, firstName: "Ula");
        await data.ReturnedAsync(longAgo, missingHoursAgo: 500, foundHoursAgo: 490);

        return new Scene(team, manager, [.. new[] { missing, high, exploited, repeat, once }.Select(Name)], Name(longAgo));
    }

    private static string Name(TestData.TestChild child) => $"{child.FirstName} {child.LastName}";

    [Fact]
    public async Task Screen_ListsThisWeeksChildren_HighestRiskFirst_SayingWhy()
    {
        var scene = await SceneAsync();
        var client = await _app.SignedInAsync(scene.Manager);

        var page = await client.GetAsync(Report);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Missing meeting list", page.Heading);
        var (header, rows) = ReportReader.Screen(page, GetMissingMeeting.Table);
        Assert.Equal(GetMissingMeeting.Columns.Select(c => c.Heading), header);
        Assert.Equal(scene.HighestRiskFirst, rows.Select(r => r[1]));
        Assert.Equal(["1", "2", "3", "4", "5"], rows.Select(r => r[0]));
        Assert.DoesNotContain(scene.LongAgo, rows.Select(r => r[1]));
        Assert.Equal(
            ["Missing now; Medium police risk", "High police risk", "Medium police risk; Exploitation risk: Category 3: moderate risk", "Medium police risk; Repeat missing: 3 episodes in 90 days", "Medium police risk"],
            rows.Select(r => r[6]));
        var repeat = rows[3];
        Assert.Equal(["No", "Medium", GetMissingMeeting.NotAssessed, "3", "3"], repeat.Skip(7).Take(5));
        Assert.Equal(["Yes", "Medium", GetMissingMeeting.NotAssessed, "1", "1", "3 hours"], rows[0].Skip(7).Take(6));
        Assert.Equal("Category 3: moderate risk", rows[2][9]);
    }

    [Fact]
    public async Task Csv_AndExcel_HoldTheSameOrder_UnderAHeaderRow()
    {
        var scene = await SceneAsync();
        var client = await _app.SignedInAsync(scene.Manager);
        var headings = GetMissingMeeting.Columns.Select(c => c.Heading).ToList();

        var csv = await ReportReader.CsvAsync(client, Report + ".csv");
        var workbook = await ReportReader.XlsxAsync(client, Report + ".xlsx");

        Assert.Equal(headings, csv[0]);
        Assert.Equal(scene.HighestRiskFirst, csv.Skip(1).Select(r => r[1]));
        var high = ReportReader.RowOf(csv, scene.HighestRiskFirst[1], column: 1);
        Assert.Equal(["2", scene.HighestRiskFirst[1]], high.Take(2));
        Assert.Equal(["No", "High", GetMissingMeeting.NotAssessed, "1", "1"], high.Skip(7).Take(5));
        var sheet = workbook[GetMissingMeeting.Table];
        Assert.Equal(headings, await ReportReader.XlsxHeaderAsync(client, Report + ".xlsx", GetMissingMeeting.Table));
        Assert.Equal(scene.HighestRiskFirst, sheet.Select(r => (string?)r["Child"]));
        Assert.Equal([1, 2, 3, 4, 5], sheet.Select(r => Convert.ToInt32(r["Order"], CultureInfo.InvariantCulture)));
        Assert.Equal("Yes", sheet[0]["Missing now"]);
        Assert.Equal("High", sheet[1]["Police risk"]);
    }

    [Fact]
    public async Task ATeamManager_SeesOnlyTheirTeamsChildren()
    {
        var scene = await SceneAsync();
        var data = new TestData(_app);
        var otherTeam = await data.TeamAsync();
        var other = await data.ChildAsync("CP", team: otherTeam, firstName: "Vic");
        await data.MissingAsync(other, hoursAgo: 2, risk: "High");

        var managers = ReportReader.Screen(await (await _app.SignedInAsync(scene.Manager)).GetAsync(Report), GetMissingMeeting.Table).Rows.Select(r => r[1]);
        var otherTeams = ReportReader.Screen(
                await (await _app.SignedInAsync(Roles.HeadOfService)).GetAsync(Report + ReportReader.Period(Today.AddDays(-6), Today, otherTeam.Id)),
                GetMissingMeeting.Table)
            .Rows.Select(r => r[1]);

        Assert.Equal(scene.HighestRiskFirst, managers);
        Assert.Equal([Name(other)], otherTeams);
    }

    [Fact]
    public async Task ToBeforeFrom_IsTheErrorSummary_AndNoDownload()
    {
        var client = await _app.SignedInAsync(Roles.Director);
        var query = ReportReader.Period(Today, Today.AddDays(-7));

        var page = await client.GetAsync(Report + query);
        var xlsx = await client.GetAsync(Report + ".xlsx" + query);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([ReportCriteriaValidator<GetMissingMeeting.Query>.ToBeforeFrom], page.ErrorSummary);
        Assert.Equal(HttpStatusCode.BadRequest, xlsx.StatusCode);
        Assert.Equal("text/html", xlsx.Response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class MissingMeetingReportTestsOnSqlite(SqliteAppFactory app) : MissingMeetingReportTests(app), IClassFixture<SqliteAppFactory>;

public sealed class MissingMeetingReportTestsOnPostgreSql(PostgreSqlAppFactory app) : MissingMeetingReportTests(app), IClassFixture<PostgreSqlAppFactory>;
