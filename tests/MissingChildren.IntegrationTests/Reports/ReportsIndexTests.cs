using System.Net;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.IntegrationTests.Reports;

/// <summary><c>/reports</c>: every report, for the people accountable; and a report's printable version.</summary>
public abstract class ReportsIndexTests
{
    private readonly AppFactory _app;

    protected ReportsIndexTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> Readers => [Roles.TeamManager, Roles.HeadOfService, Roles.Director];

    public static TheoryData<string> OtherRoles => [.. Roles.All.Where(r => r is not (Roles.TeamManager or Roles.HeadOfService or Roles.Director))];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task TheIndex_ListsEveryReport_LinkedToItsPage_AndTheNavigationLinksToIt(string role)
    {
        var client = await _app.SignedInAsync(role);

        var page = await client.GetAsync(Links.Reports);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Reports", page.Heading);
        var links = page.Document.QuerySelectorAll("[data-testid=reports] dt a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal(ReportCatalog.All.Select(r => (r.Title, (string?)Links.Report(r.Slug))), links);
        Assert.Equal(
            ReportCatalog.All.Select(r => r.Description),
            page.Document.QuerySelectorAll("[data-testid=reports] dd").Select(d => d.TextContent.Trim()));
        Assert.NotNull(page.Document.QuerySelector($".govuk-service-navigation a[href='{Links.Reports}']"));
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task EveryOtherRole_IsRefusedTheIndexAndTheReports(string role)
    {
        var client = await _app.SignedInAsync(role);

        foreach (var url in new[] { Links.Reports, Links.Report(ReportCatalog.DailyMissing), Links.ReportFile(ReportCatalog.MissingMeeting, "csv") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Null((await client.GetAsync("/")).Document.QuerySelector($".govuk-service-navigation a[href='{Links.Reports}']"));
    }

    [Fact]
    public async Task ThePrintableVersion_HasTheReportAndItsPeriod_WithoutTheServicesHeaderOrTheForm()
    {
        var client = await _app.SignedInAsync(Roles.HeadOfService);
        var report = await client.GetAsync(Links.Report(ReportCatalog.DailyMissing));
        var print = report.Document.QuerySelectorAll("[data-testid=report-downloads] a").Single(a => a.TextContent.Trim() == "Printable version").GetAttribute("href")!;

        var page = await client.GetAsync(print);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Daily missing report", page.Heading);
        Assert.Null(page.Document.QuerySelector(".govuk-header, .govuk-service-navigation, form"));
        Assert.Contains("Printed", page.Document.QuerySelector("[data-testid=report-period]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("table[data-testid=report-table], [data-testid=report-empty]").Length);
    }
}

public sealed class ReportsIndexTestsOnSqlite(SqliteAppFactory app) : ReportsIndexTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ReportsIndexTestsOnPostgreSql(PostgreSqlAppFactory app) : ReportsIndexTests(app), IClassFixture<PostgreSqlAppFactory>;
