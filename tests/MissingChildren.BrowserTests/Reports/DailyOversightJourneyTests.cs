using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests.Reports;

/// <summary>
/// The daily oversight of 001 §5: a team manager lands on the oversight dashboard, opens a child missing now and records
/// the day's check of their record (R16); a Head of Service reads the morning's update (R35) and the SSDA903 missing
/// table before the return is sent. axe on every page, at a desktop's width and a phone's.
/// </summary>
public sealed partial class DailyOversightJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TeamManager_RecordsTheDailyCheckOfAMissingChildsRecord_FromTheDashboard()
    {
        browser.SkipUnlessAvailable();
        var page = await SignInAsync(Roles.TeamManager);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/oversight").ToString());

        // A child of the manager's team missing now, and the day's check on their record.
        await page.GetByTestId("missing-now-row").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ChildRecord());
        var name = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record daily check" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record daily check");
        await page.AssertAccessibleAsync();

        // Nothing said about the check: the error summary, and nothing recorded.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record daily check" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("What did you check, and what needs to happen next?")
            .FillAsync("Record up to date; police and the social worker are in touch with the family.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record daily check" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ChildRecord());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("success")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HeadOfService_ReadsTheMorningUpdate_AndTheSsda903MissingTable()
    {
        browser.SkipUnlessAvailable();
        var page = await SignInAsync(Roles.HeadOfService);

        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Head of Service update" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Head of Service update");
        await Assertions.Expect(page.GetByTestId("missing-now-count")).ToContainTextAsync("missing now");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Head of Service update" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "SSDA903 missing table" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("SSDA903 missing table");
        await Assertions.Expect(page.GetByTestId("report-downloads")).ToContainTextAsync("Download as CSV");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync(string role)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/sign-in"), new() { Timeout = 30_000 });
        return page;
    }

    [GeneratedRegex("/children/[0-9a-f-]{36}$")]
    private static partial Regex ChildRecord();
}
