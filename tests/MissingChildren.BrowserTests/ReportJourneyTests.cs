using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A Head of Service opens the reports, the daily missing report, chooses another period, downloads the CSV and opens
/// the printable version; then the week's missing meeting list. axe on every page, at a desktop's width and a phone's (<see cref="AccessibilityExtensions.AssertAccessibleAsync"/>).
/// </summary>
public sealed class ReportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HeadOfService_OpensTheDailyMissingReport_ChangesThePeriod_DownloadsItAndPrintsIt()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.HeadOfService));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/sign-in"), new() { Timeout = 30_000 });

        // Every report, from the navigation.
        await page.Locator(".govuk-service-navigation").GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reports");
        await page.AssertAccessibleAsync();

        // The daily missing report: yesterday and today, the children missing now among them.
        await page.GetByRole(AriaRole.Link, new() { Name = "Daily missing report" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Daily missing report");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Children missing" })).ToContainTextAsync("Missing now");
        await page.AssertAccessibleAsync();

        // Another period: the last fortnight.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(browser.App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        var from = today.AddDays(-14);
        var fromGroup = page.GetByRole(AriaRole.Group, new() { Name = "From" });
        await fromGroup.GetByLabel("Day").FillAsync(from.Day.ToString(CultureInfo.InvariantCulture));
        await fromGroup.GetByLabel("Month").FillAsync(from.Month.ToString(CultureInfo.InvariantCulture));
        await fromGroup.GetByLabel("Year").FillAsync(from.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-period")).ToContainTextAsync(from.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await page.AssertAccessibleAsync();

        // The CSV of the period chosen, with its header row.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        Assert.Equal($"daily-missing-{from:yyyy-MM-dd}-to-{today:yyyy-MM-dd}.csv", download.SuggestedFilename);
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith("Child,Local ID,Age,Open to,Team,Social worker,Missing or absent,Status,Missing from,Returned", csv[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.True(csv.Length > 1, "The CSV has the report's rows");

        // The printable version: the report without the service's header, navigation or form.
        await page.GetByRole(AriaRole.Link, new() { Name = "Printable version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Daily missing report");
        await Assertions.Expect(page.Locator(".govuk-header, .govuk-service-navigation, form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Children missing" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The week's missing meeting list, highest risk first.
        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Missing meeting list" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Missing meeting list");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Children to discuss" }).Locator("tbody tr").First).ToContainTextAsync("1");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
