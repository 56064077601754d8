using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// WCAG 2.2 reflow on the screens with wide tables, over the demo council's data: each role's lists and records at 1280,
/// 390 and 320 pixels. The page never scrolls sideways; a table wider than the page scrolls in its own region, named by
/// the table's caption, that a keyboard can focus and scroll. axe at 1280 and 390 on each page.
/// </summary>
public sealed class ReflowJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [1280, AccessibilityExtensions.PhoneWidth, AccessibilityExtensions.ReflowWidth];

    [Fact]
    public async Task FrontDoor_TrayQueueReferralsAndEpisode_FitEveryWidth()
    {
        browser.SkipUnlessAvailable();
        var page = await SignedInAsync(Roles.FrontDoor);
        var problems = new List<string>();
        foreach (var path in new[] { "/front-door", "/front-door/tray", "/front-door/referrals", "/front-door/record", "/notices" })
        {
            await CheckAsync(page, path, problems);
        }

        await page.GotoAsync("/front-door/tray");
        var episode = await page.GetByTestId("tray").Locator("a[href^='/episodes/']").First.GetAttributeAsync("href");
        await CheckAsync(page, episode!, problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task FrontDoorTray_WiderThanThePhone_ScrollsInItsOwnLabelledRegion()
    {
        browser.SkipUnlessAvailable();
        var page = await SignedInAsync(Roles.FrontDoor);
        await page.SetViewportSizeAsync(AccessibilityExtensions.PhoneWidth, 844);
        await page.GotoAsync("/front-door/tray");

        var region = page.GetByRole(AriaRole.Region, new() { Name = "episodes" });
        await Assertions.Expect(region).ToHaveAttributeAsync("tabindex", "0");
        await Assertions.Expect(region.GetByTestId("tray")).ToBeVisibleAsync();
        var widths = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth]");
        Assert.True(widths[0] > widths[1], $"the tray ({widths[0]} px) should be wider than its region ({widths[1]} px) on a phone");

        // The keyboard scrolls it: Tab to the region, then the right arrow.
        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(region).Not.ToHaveJSPropertyAsync("scrollLeft", 0);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task SocialWorker_CaseViewTabs_FitEveryWidth()
    {
        browser.SkipUnlessAvailable();
        var childId = await browser.App.WithDbAsync(db => db.Children.Where(c => c.LocalId == "P101").Select(c => c.Id).SingleAsync());
        var page = await SignedInAsync(Roles.SocialWorker);
        var problems = new List<string>();
        await CheckAsync(page, "/children", problems);
        foreach (var tab in new[] { "", "/episodes", "/return-interviews", "/risk-assessments", "/plans", "/meetings", "/notes", "/involvements", "/documents", "/history" })
        {
            await CheckAsync(page, $"/children/{childId}{tab}", problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task RhiWorkerAndManager_TraysAuthorisationsAndRhi_FitEveryWidth()
    {
        browser.SkipUnlessAvailable();
        var problems = new List<string>();
        var worker = await SignedInAsync(Roles.RhiWorker);
        await CheckAsync(worker, "/rhi", problems);
        var rhi = await worker.Locator("main a[href^='/rhi/']").First.GetAttributeAsync("href");
        await CheckAsync(worker, rhi!, problems);

        var manager = await SignedInAsync(Roles.TeamManager);
        foreach (var path in new[] { "/", "/authorisations", "/rhi" })
        {
            await CheckAsync(manager, path, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Administrator_Lists_FitEveryWidth()
    {
        browser.SkipUnlessAvailable();
        var page = await SignedInAsync(Roles.Administrator);
        var problems = new List<string>();
        foreach (var path in new[] { "/admin", "/admin/users", "/admin/teams", "/admin/clients", "/admin/calendar", "/admin/policy", "/admin/audit" })
        {
            await CheckAsync(page, path, problems);
        }

        await page.GotoAsync("/admin/teams");
        var team = await page.GetByTestId("teams").Locator("a[href^='/admin/teams/']").First.GetAttributeAsync("href");
        await CheckAsync(page, team!, problems);
        await page.GotoAsync("/admin/users");
        var user = await page.GetByTestId("users").Locator("a[href^='/admin/users/']").First.GetAttributeAsync("href");
        await CheckAsync(page, user!, problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Police_Duties_FitEveryWidth()
    {
        browser.SkipUnlessAvailable();
        var page = await SignedInAsync(Roles.Police);
        var problems = new List<string>();
        await CheckAsync(page, "/police", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The page at each width (reflow), then axe at 1280 and 390; every problem kept so one run names them all.</summary>
    private static async Task CheckAsync(IPage page, string path, List<string> problems)
    {
        await page.GotoAsync(path);
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            try
            {
                await page.AssertReflowsAsync();
            }
            catch (Xunit.Sdk.XunitException e)
            {
                problems.Add(e.Message);
            }
        }

        await page.SetViewportSizeAsync(1280, 900);
        try
        {
            await page.AssertAccessibleAsync();
        }
        catch (Xunit.Sdk.XunitException e)
        {
            // A reflow problem is already named above, width by width.
            if (!e.Message.StartsWith("The page ", StringComparison.Ordinal))
            {
                problems.Add(e.Message);
            }
        }
    }

    private async Task<IPage> SignedInAsync(string role)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });
        return page;
    }
}
