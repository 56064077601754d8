using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// Front Door's record form asks the found questions only of a found report: the GOV.UK conditional reveal under the
/// "Found" choice, and without JavaScript every question shown, the found ones under "If found".
/// </summary>
public sealed class RecordFormJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task FoundQuestions_AppearOnlyWhenTheReportIsFound()
    {
        browser.SkipUnlessAvailable();
        var page = await SignedInAsync(javaScript: true);
        await page.GotoAsync("/front-door/record");
        var foundWhen = page.GetByRole(AriaRole.Group, new() { Name = "When was the child found?" });
        var foundWhere = page.GetByLabel("Where was the child found? (optional)");

        await Assertions.Expect(foundWhen).ToBeHiddenAsync();
        await Assertions.Expect(foundWhere).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Found", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(foundWhen).ToBeVisibleAsync();
        await Assertions.Expect(foundWhere).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Found", new() { Exact = true })).ToHaveAttributeAsync("aria-expanded", "true");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Missing", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(foundWhen).ToBeHiddenAsync();
    }

    private async Task<IPage> SignedInAsync(bool javaScript)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = browser.BaseUrl.ToString(), Locale = "en-GB", TimezoneId = "Europe/London", JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.FrontDoor));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });
        return page;
    }
}
