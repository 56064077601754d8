using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests.Reports;

/// <summary>
/// A Head of Service opens the performance standards (R37) from the reports, reads a chart's figures as a table, and
/// follows a month to the returns behind it; then the quarterly partnership report (R38) and its charts; at a desktop's width and a phone's, axe on every page, nothing scrolling
/// sideways.
/// </summary>
public sealed class PerformanceJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task HeadOfService_OpensThePerformanceAndPartnershipReports_ReadsAChartsFigures_AndFollowsAMonth(int width)
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.HeadOfService));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Performance standards" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Performance standards");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Offered within 72 hours, by month" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"performance-{width}");

        // The chart's figures, without the chart: the table behind it (no script opens it).
        var figures = page.GetByTestId("chart-figures").First;
        await figures.GetByText("Show the figures as a table").ClickAsync();
        await Assertions.Expect(figures.Locator("table tbody tr")).ToHaveCountAsync(13);
        await page.AssertAccessibleAsync();

        // This month's figures lead to the returns behind them.
        var months = page.GetByTestId("performance-months");
        var thisMonth = months.Locator("tbody tr th a").Last;
        var monthName = (await thisMonth.InnerTextAsync()).Split(':')[0];
        await thisMonth.ClickAsync();
        await Assertions.Expect(page.GetByTestId("performance-months").Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("performance-months").Locator("tbody tr").First).ToContainTextAsync(monthName);
        await page.AssertAccessibleAsync();

        // The quarterly partnership report: its counts, and the trend as charts with their figures.
        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quarterly partnership report" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quarterly partnership report");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Episodes by quarter" })).ToBeVisibleAsync();
        var quarters = page.GetByTestId("chart-figures").First;
        await quarters.GetByText("Show the figures as a table").ClickAsync();
        await Assertions.Expect(quarters.Locator("table tbody tr")).ToHaveCountAsync(4);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"partnership-{width}");
        await page.Context.CloseAsync();
    }
}
