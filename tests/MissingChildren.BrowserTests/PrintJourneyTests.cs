using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// The child's record, an episode and a return home interview on paper: the record only. The service's header,
/// navigation, search, footer, buttons and forms are not printed.
/// </summary>
public sealed class PrintJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] NotOnPaper = ["header", ".govuk-service-navigation", "[role=search]", ".govuk-footer", "main .govuk-button", "main form"];

    [Fact]
    public async Task TheCaseViewEpisodeAndInterview_PrintTheRecordWithoutTheServicesControls()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.TeamManager));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });
        await page.GotoAsync("/front-door/tray");
        var row = page.Locator("[data-testid=tray-row]").First;
        var episode = await row.Locator("[data-testid=episode-link]").GetAttributeAsync("href");
        var child = await row.GetByTestId("child-link").GetAttributeAsync("href");

        // The case view: the record, headed by the child, without the tabs' navigation.
        await page.GotoAsync(child!);
        await Assertions.Expect(page.Locator(".moj-sub-navigation")).ToBeVisibleAsync();
        await PrintAsync(page);
        await Assertions.Expect(page.GetByTestId("child-name")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".moj-sub-navigation")).ToBeHiddenAsync();
        await AssertNoControlsAsync(page);

        // The episode: whose it is, where they were last seen.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync(episode!);
        await PrintAsync(page);
        await Assertions.Expect(page.GetByTestId("episode-child")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("last-seen")).ToBeVisibleAsync();
        await AssertNoControlsAsync(page);

        // A return home interview waiting to be allocated: who to contact stays; the allocation form goes.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/rhi");
        await page.Locator("#unallocated ~ .mc-table-region table a[href^='/rhi/']").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        Assert.True(await page.Locator("main form, main .govuk-button").CountAsync() > 0, "The interview has something to do on screen");
        await PrintAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AssertNoControlsAsync(page);
    }

    private static Task PrintAsync(IPage page) => page.EmulateMediaAsync(new() { Media = Media.Print });

    private static async Task AssertNoControlsAsync(IPage page)
    {
        foreach (var selector in NotOnPaper)
        {
            var found = page.Locator(selector);
            for (var i = 0; i < await found.CountAsync(); i++)
            {
                Assert.False(await found.Nth(i).IsVisibleAsync(), $"{selector} is printed on {page.Url}");
            }
        }
    }
}
