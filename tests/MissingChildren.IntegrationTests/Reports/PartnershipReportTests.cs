using System.Globalization;
using System.Net;
using System.Text;
using MiniExcelLibs;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Reports;

/// <summary>
/// <c>/reports/partnership</c> (R38): a period's episodes, children, missing and absent, repeat missing children, by age
/// band, the trend over four quarters as charts with their figures, on screen, as CSV and as Excel; only the children of
/// the teams the reader oversees.
/// </summary>
public abstract class PartnershipReportTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected PartnershipReportTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private const string Period = "?From.Day=1&From.Month=10&From.Year=2026&To.Day=20&To.Month=11&To.Year=2026";

    /// <summary>
    /// A team of its own: one child (15) missing three times this week, a repeat missing child; one (12) absent now.
    /// Another team's child missing is not the manager's.
    /// </summary>
    private async Task<(TestData.TestWorker Manager, string[] Names)> EpisodesAsync()
    {
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var repeat = await _data.ChildAsync("CIN", team, worker, dateOfBirth: _data.BornYearsAgo(15));
        await _data.ReturnedAsync(repeat, missingHoursAgo: 50, foundHoursAgo: 48);
        await _data.ReturnedAsync(repeat, missingHoursAgo: 30, foundHoursAgo: 28);
        await _data.ReturnedAsync(repeat, missingHoursAgo: 6, foundHoursAgo: 1);
        var absent = await _data.ChildAsync("CLA", team, worker, dateOfBirth: _data.BornYearsAgo(12));
        await _data.MissingAsync(absent, hoursAgo: 2, kind: "Absent");
        var otherTeam = await _data.TeamAsync();
        await _data.MissingAsync(await _data.ChildAsync("CIN", otherTeam, await _data.WorkerAsync(Roles.SocialWorker, otherTeam)));
        return (manager, [.. new[] { repeat, absent }.Select(c => $"{c.FirstName} {c.LastName}").Order(StringComparer.Ordinal)]);
    }

    private static string Figure(HtmlClient.Page page, string table, string first) =>
        page.Document.QuerySelectorAll("[data-testid=report-table]")
            .Single(t => t.QuerySelector("caption")!.TextContent.Trim() == table)
            .QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent.Trim() == first).Children[1].TextContent.Trim();

    [Fact]
    public async Task R38_TheManagerSeesTheirTeamsCounts_ByAgeBand_TheTrend_AndTheChildrenBehindThem()
    {
        var (manager, names) = await EpisodesAsync();
        var client = await _app.SignedInAsync(manager);

        var page = await client.GetAsync("/reports/partnership" + Period);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(
            ["4", "2", "3", "1", "1", "0"],
            new[] { "Episodes", "Children", "Missing episodes", "Absent episodes", "Repeat missing children (3 or more episodes in 90 days)", "Return home interviews offered" }
                .Select(m => Figure(page, "Counts", m)));
        Assert.Equal(("1", "1"), (Figure(page, "By age band", "13 to 15"), Figure(page, "By age band", "10 to 12")));
        var trend = page.Document.QuerySelectorAll("[data-testid=report-table]").Single(t => t.QuerySelector("caption")!.TextContent.Trim() == "Trend over four quarters")
            .QuerySelectorAll("tbody tr").Select(r => string.Join(",", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Jan 26 to Mar 26,0,0,0,0,0,0", "Apr 26 to Jun 26,0,0,0,0,0,0", "Jul 26 to Sept 26,0,0,0,0,0,0", "Oct 26 to Dec 26,4,2,3,1,1,0"], trend);
        var children = page.Document.QuerySelectorAll("[data-testid=report-table]").Single(t => t.QuerySelector("caption")!.TextContent.Trim() == "Children missing or absent");
        Assert.Equal(names, children.QuerySelectorAll("tbody tr a[href^='/children/']").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task R38_TheEpisodesChartNamesItself_AndItsDescriptionAndTableHoldTheQuartersFigures()
    {
        var (manager, _) = await EpisodesAsync();
        var client = await _app.SignedInAsync(manager);

        var page = await client.GetAsync("/reports/partnership" + Period);

        var chart = page.Document.QuerySelectorAll("[data-testid=chart]")[0];
        var ids = chart.QuerySelector("svg[role=img]")!.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("Episodes by quarter", page.Document.GetElementById(ids[0])!.TextContent);
        var figures = chart.QuerySelectorAll("table tbody tr").Select(r => $"{r.Children[0].TextContent.Trim()}: {r.Children[1].TextContent.Trim()}.").ToList();
        Assert.Equal("Oct 26 to Dec 26: 4.", figures[^1]);
        Assert.All(figures, f => Assert.Contains(f, page.Document.GetElementById(ids[1])!.TextContent, StringComparison.Ordinal));
        Assert.Equal(figures.Count, chart.QuerySelectorAll("svg rect").Length); // a bar a quarter
    }

    [Fact]
    public async Task R38_TheCsvIsTheCounts_AndTheWorkbookHasEveryTable()
    {
        var (manager, names) = await EpisodesAsync();
        var client = await _app.SignedInAsync(manager);

        var csv = await client.Http.GetAsync("/reports/partnership.csv" + Period);
        var xlsx = await client.Http.GetAsync("/reports/partnership.xlsx" + Period);

        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Measure,Figure", "Episodes,4", "Children,2", "Missing episodes,3", "Absent episodes,1"], lines[..5]);
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Counts", "By involvement", "By age band", "By gender", "Trend over four quarters", "Children missing or absent"], stream.GetSheetNames());
        stream.Position = 0;
        var children = stream.Query(useHeaderRow: true, sheetName: "Children missing or absent").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(names, children.Select(r => (string)r["Child"]!));
        Assert.Equal([("Yes", 3), ("No", 1)], children.OrderByDescending(r => Convert.ToInt32(r["Episodes"], CultureInfo.InvariantCulture))
            .Select(r => ((string)r["Repeat missing"]!, Convert.ToInt32(r["Episodes"], CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task R38_ByDefault_TheLastCompleteQuarter()
    {
        var client = await _app.SignedInAsync(Roles.Director);

        var page = await client.GetAsync("/reports/partnership");

        Assert.StartsWith("1 July 2026 to 30 September 2026", page.Document.QuerySelector("[data-testid=report-period]")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}

public sealed class PartnershipReportTestsOnSqlite(SqliteAppFactory app) : PartnershipReportTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PartnershipReportTestsOnPostgreSql(PostgreSqlAppFactory app) : PartnershipReportTests(app), IClassFixture<PostgreSqlAppFactory>;
