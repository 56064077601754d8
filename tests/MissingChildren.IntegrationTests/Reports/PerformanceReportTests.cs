using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MissingChildren.Domain;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.IntegrationTests.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Reports;

/// <summary>
/// <c>/reports/performance</c> (R37, Somerset 002 §3): each month's eligible returns, offered within 72 hours, accepted
/// interviews held within 3 working days and refusals against the targets, on screen, as CSV and as Excel, with the
/// returns behind the figures; only the children of the teams the reader oversees.
/// </summary>
public abstract class PerformanceReportTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected PerformanceReportTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private static DateTimeOffset Oct(int day, int hour, int minute = 0) => new DateTimeOffset(2026, 10, day, hour, minute, 0, TimeSpan.FromHours(1)).ToUniversalTime();

    private const string Period = "?From.Day=1&From.Month=10&From.Year=2026&To.Day=20&To.Month=11&To.Year=2026";

    /// <summary>
    /// A team of its own with its manager and four returns: in October, one offered in time and held in time, one offered
    /// a minute late and refused, one offered in time and held late; in November one not yet offered, inside its time.
    /// Another team's return in October is not the manager's.
    /// </summary>
    private async Task<(TestData.TestWorker Manager, TestData.TestTeam Team, string[] Names)> ReturnsAsync()
    {
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var names = new List<string>();
        async Task<Guid> ReturnAsync(TestData.TestTeam of, TestData.TestWorker? by = null)
        {
            var child = await _data.ChildAsync("CIN", of, by);
            names.Add($"{child.FirstName} {child.LastName}");
            return await _data.ReturnHomeInterviewOfAsync(await _data.ReturnedAsync(child));
        }

        var heldInTime = await ReturnAsync(team, worker);
        var refused = await ReturnAsync(team, worker);
        var heldLate = await ReturnAsync(team, worker);
        _ = await ReturnAsync(team, worker);
        var otherTeam = await _data.TeamAsync();
        var elsewhere = await ReturnAsync(otherTeam, await _data.WorkerAsync(Roles.SocialWorker, otherTeam));

        await _app.WithDbAsync(async db =>
        {
            async Task SetAsync(Guid id, DateTimeOffset started, DateTimeOffset offered, RhiStatus status, DateTimeOffset? accepted = null,
                DateTimeOffset? due = null, DateTimeOffset? held = null)
            {
                var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == id);
                (rhi.RequestedAt, rhi.OfferDueAt, rhi.Status, rhi.AcceptedAt, rhi.CompleteDueAt, rhi.InterviewedAt) =
                    (started, started.AddHours(72), status, accepted, due, held);
                db.ContactAttempts.Add(new ContactAttempt
                {
                    ReturnHomeInterviewId = id, At = offered, Method = "Phone", Contacted = "Child",
                    Outcome = status == RhiStatus.Declined ? ContactPattern.DeclinedOutcome : ContactPattern.OfferedOutcome,
                });
            }

            await SetAsync(heldInTime, Oct(5, 10), Oct(6, 10), RhiStatus.Completed, Oct(6, 10), Oct(9, 17), Oct(8, 15));
            await SetAsync(refused, Oct(12, 10), Oct(15, 10, 1), RhiStatus.Declined);
            await SetAsync(heldLate, Oct(20, 10), Oct(20, 12), RhiStatus.Completed, Oct(20, 12), Oct(23, 17), Oct(26, 11));
            await SetAsync(elsewhere, Oct(7, 10), Oct(7, 11), RhiStatus.Offered);
            return await db.SaveChangesAsync();
        });
        return (manager, team, [.. names]);
    }

    private static IReadOnlyList<string> RowOf(HtmlClient.Page page, string selector, string first) =>
        [.. page.Document.QuerySelectorAll($"{selector} tbody tr")
            .Single(r => r.Children[0].TextContent.Contains(first, StringComparison.Ordinal))
            .Children.Select(c => c.TextContent.Trim())];

    [Fact]
    public async Task R37_TheManagerSeesTheirTeamsMonths_AgainstTheTargets_AndTheReturnsBehindThem()
    {
        var (manager, _, names) = await ReturnsAsync();
        var client = await _app.SignedInAsync(manager);

        var page = await client.GetAsync("/reports/performance" + Period);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // Month, eligible; offered in time, due, %, met, awaiting; held in time, accepted and due, %, met, awaiting; refused, offered, %, met.
        Assert.Equal(["October 2026: the returns behind the figures", "3", "2", "3", "66.7", "No", "0", "1", "2", "50", "No", "0", "1", "3", "33.3", "No"],
            RowOf(page, "[data-testid=performance-months]", "October 2026"));
        Assert.Equal(["November 2026: the returns behind the figures", "1", "0", "0", "", "", "1", "0", "0", "", "", "0", "0", "0", "", ""],
            RowOf(page, "[data-testid=performance-months]", "November 2026"));
        var returns = page.Document.QuerySelectorAll("[data-testid=report-table] tbody tr").Select(r => r.Children[0].TextContent.Trim()).ToList();
        Assert.Equal(names[..4], returns);
        Assert.Equal(["Yes", "No", "Yes", "Not yet due"], page.Document.QuerySelectorAll("[data-testid=report-table] tbody tr").Select(r => r.Children[4].TextContent.Trim()));
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=report-table] a[href^='/children/']"));
    }

    [Fact]
    public async Task R37_AMonthsFiguresLinkToThatMonthsReport_WhichListsOnlyItsReturns()
    {
        var (manager, _, names) = await ReturnsAsync();
        var client = await _app.SignedInAsync(manager);
        var page = await client.GetAsync("/reports/performance" + Period);

        var october = page.Document.QuerySelectorAll("[data-testid=performance-months] a").Single(a => a.TextContent.StartsWith("October 2026", StringComparison.Ordinal));
        var month = await client.GetAsync(october.GetAttribute("href")!);

        Assert.Equal(names[..3], month.Document.QuerySelectorAll("[data-testid=report-table] tbody tr").Select(r => r.Children[0].TextContent.Trim()));
    }

    [Fact]
    public async Task R37_TheOfferChartNamesItself_AndItsDescriptionAndTableHoldTheMonthsFigures()
    {
        var (manager, _, _) = await ReturnsAsync();
        var client = await _app.SignedInAsync(manager);

        var page = await client.GetAsync("/reports/performance" + Period);

        var chart = page.Document.QuerySelectorAll("[data-testid=chart]")[0];
        var svg = chart.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var title = page.Document.GetElementById(svg.GetAttribute("aria-labelledby")!.Split(' ')[0])!.TextContent;
        var description = page.Document.GetElementById(svg.GetAttribute("aria-labelledby")!.Split(' ')[1])!.TextContent;
        Assert.Equal("Offered within 72 hours, by month", title);
        Assert.Equal(title, chart.QuerySelector("table caption")!.TextContent.Trim());
        var figures = chart.QuerySelectorAll("table tbody tr").Select(r => $"{r.Children[0].TextContent.Trim()}: {r.Children[1].TextContent.Trim()}.").ToList();
        Assert.Equal(["October 2026: 66.7%.", "November 2026: no figure."], figures);
        Assert.All(figures, f => Assert.Contains(f, description, StringComparison.Ordinal));
        Assert.Contains("Target 100%", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R37_TheCsvIsTheMonthsTable_AndTheWorkbookHasTheMonthsAndTheReturns()
    {
        var (manager, _, names) = await ReturnsAsync();
        var client = await _app.SignedInAsync(manager);

        var csv = await client.Http.GetAsync("/reports/performance.csv" + Period);
        var xlsx = await client.Http.GetAsync("/reports/performance.xlsx" + Period);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Month,Eligible returns,Offered within 72 hours,Offers due,Offered within 72 hours (%),Offer target met", lines[0], StringComparison.Ordinal);
        Assert.Equal("October 2026,3,2,3,66.7,No,0,1,2,50,No,0,1,3,33.3,No", lines[1]);
        Assert.Equal(4, lines.Length); // the header, October, November and the whole period
        Assert.StartsWith("Whole period,4,2,3,66.7,No,1,", lines[^1], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Performance by month", "Eligible returns"], stream.GetSheetNames());
        stream.Position = 0;
        var months = stream.Query(useHeaderRow: true, sheetName: "Performance by month").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal((3d, 2d, 66.7d), (Convert.ToDouble(months[0]["Eligible returns"], CultureInfo.InvariantCulture), Convert.ToDouble(months[0]["Offered within 72 hours"], CultureInfo.InvariantCulture), Convert.ToDouble(months[0]["Offered within 72 hours (%)"], CultureInfo.InvariantCulture)));
        stream.Position = 0;
        var returns = stream.Query(useHeaderRow: true, sheetName: "Eligible returns").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(names[..4], returns.Select(r => (string)r["Child"]!));
        Assert.Equal(["No", "Yes", "No", "No"], returns.Select(r => (string)r["Refused"]!));
    }

    [Fact]
    public async Task R37_AHeadOfServiceChoosingTheTeam_SeesTheSameFigures()
    {
        var (_, team, _) = await ReturnsAsync();
        var client = await _app.SignedInAsync(Roles.HeadOfService);

        var page = await client.GetAsync("/reports/performance" + Period + $"&Team={team.Id}");

        Assert.Equal(["3", "2", "3", "66.7"], RowOf(page, "[data-testid=performance-months]", "October 2026").Skip(1).Take(4));
    }

    [Fact]
    public async Task R37_AFromDateAfterTheToDate_OrAnotherTeam_IsShownInTheErrorSummary_WithNoFigures()
    {
        var (manager, _, _) = await ReturnsAsync();
        var other = await _data.TeamAsync();
        var client = await _app.SignedInAsync(manager);

        var backwards = await client.GetAsync("/reports/performance?From.Day=2&From.Month=11&From.Year=2026&To.Day=1&To.Month=10&To.Year=2026");
        var notTheirs = await client.GetAsync("/reports/performance" + Period + $"&Team={other.Id}");

        Assert.Equal(["The to date must be the same as or after the from date"], backwards.ErrorSummary);
        Assert.Equal(["Select a team you oversee"], notTheirs.ErrorSummary);
        Assert.Null(notTheirs.Document.QuerySelector("[data-testid=performance-months]"));
    }
}

public sealed class PerformanceReportTestsOnSqlite(SomersetSqliteAppFactory app) : PerformanceReportTests(app), IClassFixture<SomersetSqliteAppFactory>;

public sealed class PerformanceReportTestsOnPostgreSql(SomersetPostgreSqlAppFactory app) : PerformanceReportTests(app), IClassFixture<SomersetPostgreSqlAppFactory>;

/// <summary>R37 is Somerset's: under another profile only R17's statutory offer is measured, and the page says so.</summary>
public abstract class StatutoryPerformanceReportTests
{
    private readonly AppFactory _app;

    protected StatutoryPerformanceReportTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task R37_WhereItIsNotTheProfilesStandard_OnlyTheOfferIsMeasured_AndThePageSaysSo()
    {
        var data = new TestData(_app);
        var manager = await data.WorkerAsync(Roles.TeamManager, await data.TeamAsync());
        var client = await _app.SignedInAsync(manager);

        var page = await client.GetAsync("/reports/performance");

        var headings = page.Document.QuerySelectorAll("[data-testid=performance-months] thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Offered within 72 hours", headings);
        Assert.DoesNotContain("Refused", headings);
        Assert.DoesNotContain(headings, h => h.StartsWith("Held within", StringComparison.Ordinal));
        Assert.Contains("are not the", page.Document.QuerySelector("[data-testid=not-the-standard]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(13, page.Document.QuerySelectorAll("[data-testid=performance-months] tbody tr").Length - 1);
    }
}

public sealed class StatutoryPerformanceReportTestsOnSqlite(SqliteAppFactory app) : StatutoryPerformanceReportTests(app), IClassFixture<SqliteAppFactory>;

public sealed class StatutoryPerformanceReportTestsOnPostgreSql(PostgreSqlAppFactory app) : StatutoryPerformanceReportTests(app), IClassFixture<PostgreSqlAppFactory>;
