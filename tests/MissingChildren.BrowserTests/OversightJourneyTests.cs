using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A Head of Service signs in and lands on the oversight dashboard, follows the number of children missing now to the
/// children behind it, opens a child's record and comes back. At a desktop's width and a phone's, axe on every page,
/// and nothing makes the page scroll sideways.
/// </summary>
public sealed partial class OversightJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task HeadOfService_LandsOnOversight_FollowsANumberToItsChildren_AndOpensOne(int width)
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.HeadOfService));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/oversight").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Oversight");
        await Assertions.Expect(page.GetByTestId("missing-now-row").First).ToBeVisibleAsync();
        await CheckAsync(page);
        await page.ScreenshotAsync($"oversight-{width}");

        var figure = page.GetByTestId("figure-missing-now").GetByRole(AriaRole.Link);
        var count = int.Parse(FirstNumber().Match(await figure.InnerTextAsync()).Value, System.Globalization.CultureInfo.InvariantCulture);
        await figure.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Missing now");
        await Assertions.Expect(page.Locator("[data-testid=children] caption")).ToHaveTextAsync($"{count} children");
        await CheckAsync(page);
        await page.ScreenshotAsync($"oversight-children-{width}");

        var child = page.GetByTestId("child-row").First.GetByRole(AriaRole.Link);
        var name = await child.InnerTextAsync();
        await child.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/children/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await page.AssertAccessibleAsync();

        await page.GoBackAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Missing now");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to oversight" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/oversight").ToString());
        await page.Context.CloseAsync();
    }

    /// <summary>axe on the page, and no wider than the window (WCAG 2.2 reflow).</summary>
    private static async Task CheckAsync(IPage page)
    {
        await page.AssertAccessibleAsync();
        await page.AssertReflowsAsync();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
