using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A host whose pages warn a few seconds after loading (idle timeout 15 seconds, warning 12 seconds before it), so the
/// GOV.UK timeout warning can be seen without waiting half an hour. The server's clock stands still, so the session
/// itself does not end here (the limits are tested in SessionLimitTests).
/// </summary>
public sealed class TimeoutWarningBrowserFixture() : BrowserFixture(new SqliteAppFactory()
    .With("Authentication:Session:IdleTimeout", "00:00:15")
    .With("Authentication:Session:WarningBefore", "00:00:12"));

/// <summary>The "you're about to be signed out" dialog: shown before the idle timeout, focused, accessible; "Stay signed in" keeps the person signed in.</summary>
public sealed partial class TimeoutWarningJourneyTests(TimeoutWarningBrowserFixture browser) : IClassFixture<TimeoutWarningBrowserFixture>
{
    [Fact]
    public async Task TheWarningAppearsBeforeTheIdleTimeout_AndStaySignedInKeepsThePersonSignedIn()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.TeamManager));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GotoAsync("/notices");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You’re about to be signed out" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync(CountdownPattern());
        await Assertions.Expect(page.Locator("#timeout-warning-heading")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("timeout-warning");

        var keepAlive = page.WaitForResponseAsync(r => r.Url.EndsWith("/account/keep-alive", StringComparison.Ordinal));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();

        Assert.Equal(204, (await keepAlive).Status);
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/notices$"));
        await Assertions.Expect(page.GetByTestId("signed-in-user")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task SignOutInTheWarning_SignsThePersonOut()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.FrontDoor));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You’re about to be signed out" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in$"));
        await page.GotoAsync("/notices");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?"));
    }

    [GeneratedRegex(@"we will sign you out in \d+ seconds")]
    private static partial Regex CountdownPattern();
}
