using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A social worker opens a child who has just returned, records their meaningful contact (R18), completes a SERAF
/// risk assessment and sends it for authorisation (R30). axe runs on every page visited.
/// </summary>
public sealed partial class CaseViewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SocialWorker_RecordsContactAndSendsASerafForAuthorisation()
    {
        browser.SkipUnlessAvailable();
        var childId = await browser.App.WithDbAsync(db => db.Children.Where(c => c.LocalId == "P101").Select(c => c.Id).SingleAsync());
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.SocialWorker));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(WelcomePattern());

        // The returned child, from the social worker's list.
        await page.GetByRole(AriaRole.Link, new() { Name = "My children" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My children");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Jayden Okafor" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, $"/children/{childId}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jayden Okafor");
        await Assertions.Expect(page.GetByTestId("current-episode")).ToContainTextAsync("returned");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("case-view-summary");

        // R18: the social worker's meaningful contact.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record social worker contact" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record social worker contact");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date and time of the contact");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Time (24-hour, like 21:30)").FillAsync("12:00");
        await page.GetByLabel("What did the child say, and what was agreed?").FillAsync("Visited at the placement. Agreed to text her carer if she will be late.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("note").First).ToContainTextAsync("Missing return SW follow-up contact");
        await page.AssertAccessibleAsync();

        // The SERAF form (001 Appendix 2).
        await page.GetByRole(AriaRole.Link, new() { Name = "Risk assessments", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a CE risk assessment (SERAF)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Child Exploitation risk assessment (SERAF)");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Low self-esteem").CheckAsync();
        await page.GetByLabel("Staying out late").CheckAsync();
        await page.Locator("#SignificantCurrent-3").CheckAsync(); // periods of going missing, in the past 6 months
        await page.GetByLabel("Category 2: mild risk").CheckAsync();
        await page.GetByLabel("Principal area of concern").FillAsync("Staying out late with older young people.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("seraf-score")).ToHaveTextAsync("7");
        await Assertions.Expect(page.GetByTestId("seraf-suggested")).ToHaveTextAsync("Category 2: mild risk");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("case-view-seraf");

        // R30: sent to the team manager.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for authorisation" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("seraf-status")).ToHaveTextAsync("Awaiting authorisation");
        await Assertions.Expect(page.Locator("[data-testid=success] .govuk-notification-banner__heading")).ToHaveTextAsync("Version 1 sent to the team manager for authorisation");
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/children/{childId}/episodes");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Risk assessment sent for authorisation");
        await page.AssertAccessibleAsync();
        await page.GotoAsync($"/children/{childId}/history");
        await page.AssertAccessibleAsync();
    }

    [GeneratedRegex("^Welcome, ")]
    private static partial Regex WelcomePattern();
}
