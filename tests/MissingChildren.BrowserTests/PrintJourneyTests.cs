using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// The case view, the episode and the RHI print as the record alone: no header, navigation, buttons, forms or footer, the
/// content shown, and internal links without their address printed after them.
/// </summary>
public sealed class PrintJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CaseViewAndEpisode_PrintTheRecordOnly()
    {
        browser.SkipUnlessAvailable();
        var childId = await browser.App.WithDbAsync(db => db.Children.Where(c => c.LocalId == "P101").Select(c => c.Id).SingleAsync());
        var page = await SignedInAsync(Roles.FrontDoor);

        await page.GotoAsync($"/children/{childId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a case note" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Child's record" })).ToBeVisibleAsync();
        await AssertPrintsTheRecordOnlyAsync(page);

        await page.GotoAsync($"/children/{childId}/episodes");
        await AssertPrintsTheRecordOnlyAsync(page);
        var episode = await page.Locator("main a[href^='/episodes/']").First.GetAttributeAsync("href");
        await page.GotoAsync(episode!);
        await AssertPrintsTheRecordOnlyAsync(page);
        await Assertions.Expect(page.GetByTestId("duties")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ReturnInterview_PrintsTheRecordWithoutItsForms()
    {
        browser.SkipUnlessAvailable();
        var page = await SignedInAsync(Roles.RhiWorker);
        await page.GotoAsync("/rhi");
        var rhi = await page.Locator("main table a[href^='/rhi/']").First.GetAttributeAsync("href");
        await page.GotoAsync(rhi!);
        Assert.True(await page.Locator("main form, main .govuk-button").CountAsync() > 0, "the RHI page shows its actions on screen");

        await AssertPrintsTheRecordOnlyAsync(page);
        Assert.Equal(0, await page.Locator("main form").EvaluateAllAsync<int>("forms => forms.filter(f => f.checkVisibility()).length"));
    }

    private static async Task AssertPrintsTheRecordOnlyAsync(IPage page)
    {
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        try
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            foreach (var hidden in new[] { ".mc-header", ".govuk-service-navigation", ".govuk-phase-banner", ".govuk-footer" })
            {
                await Assertions.Expect(page.Locator(hidden)).ToBeHiddenAsync();
            }

            var shown = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.govuk-button, .moj-sub-navigation')].filter(e => e.checkVisibility()).map(e => e.textContent.trim())
                """);
            Assert.True(shown.Length == 0, $"{page.Url} prints: {string.Join(", ", shown)}");
            var addresses = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main a[href^="/"]')].map(a => getComputedStyle(a, '::after').content).filter(c => c.includes('/'))
                """);
            Assert.True(addresses.Length == 0, $"{page.Url} prints internal addresses after links: {string.Join(", ", addresses)}");
        }
        finally
        {
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
        }
    }

    private async Task<IPage> SignedInAsync(string role)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });
        return page;
    }
}
