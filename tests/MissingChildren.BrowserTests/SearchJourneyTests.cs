using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A social worker finds a child from the search box in the header of any page, spelling the surname wrong, and opens
/// their record from the results; an empty search is a GOV.UK error. At a desktop's width and a phone's, axe on every
/// page, and nothing makes the page scroll sideways.
/// </summary>
public sealed class SearchJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task SocialWorker_SearchesFromTheHeader_AndOpensTheChildsRecord(int width)
    {
        browser.SkipUnlessAvailable();
        var childId = await browser.App.WithDbAsync(db => db.Children.Where(c => c.LocalId == "P101").Select(c => c.Id).SingleAsync());
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.SocialWorker));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var header = page.GetByRole(AriaRole.Search, new() { Name = "Find a child" });
        await Assertions.Expect(header).ToBeVisibleAsync();

        // An empty search: the error, on the search page, in GOV.UK's pattern.
        await header.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Error: Search for a child – MissingChildren");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a name, date of birth, local ID or police reference");
        await CheckAsync(page);

        // The surname misspelt, from the header of the page the worker is on.
        await page.GotoAsync("/children");
        await header.GetByLabel("Search for a child by name, date of birth, local ID or police reference").FillAsync("jayden okafer");
        await header.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Search for a child");
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("jayden okafer");
        var result = page.GetByTestId("result").Filter(new() { HasText = "Jayden Okafor" });
        await Assertions.Expect(result).ToContainTextAsync("P101");
        await Assertions.Expect(result.GetByTestId("found-by")).ToHaveTextAsync("Similar name");
        await CheckAsync(page);
        await page.ScreenshotAsync($"search-results-{width}");

        await result.GetByRole(AriaRole.Link, new() { Name = "Jayden Okafor" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, $"/children/{childId}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jayden Okafor");
        await page.AssertAccessibleAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByTestId("result").Filter(new() { HasText = "Jayden Okafor" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>axe on the search pages, and each no wider than the window (WCAG 2.2 reflow).</summary>
    private static async Task CheckAsync(IPage page)
    {
        await page.AssertAccessibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'))");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow} pixels: {string.Join(", ", wide)}");
    }
}
