using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.BrowserTests;

/// <summary>Signing in as each demo role in a real browser: the landing page, and axe on every page visited.</summary>
public sealed partial class SignInJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> AllRoles => [.. Roles.All];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task SignIn_AsEachDemoRole_LandsOnTheirHomePage(string role)
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Each role lands on its main screen (screens.md): the home page unless its screen is built.
        var landing = ServiceNavigation.LandingPathFor([role]);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, landing).ToString());
        if (landing == ServiceNavigation.HomePath)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(WelcomePattern());
            await Assertions.Expect(page.Locator(".govuk-caption-l")).ToContainTextAsync(Roles.DisplayName(role));
        }

        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"home-{Roles.ToKebabCase(role)}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsTheErrorSummaryFocusedAndAccessible()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.FrontDoor));
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        await Assertions.Expect(summary).ToContainTextAsync("Enter a correct email address and password");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(ErrorTitlePattern());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("sign-in-error");
    }

    [Fact]
    public async Task ErrorPages_AreAccessible()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.SocialWorker));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(WelcomePattern());

        var notFound = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, notFound!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await page.AssertAccessibleAsync();

        var forbidden = await page.GotoAsync("/admin/jobs");
        Assert.Equal(403, forbidden!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to this page");
        await page.AssertAccessibleAsync();
    }

    private Regex SignInUrl() => new($"^{Regex.Escape(browser.BaseUrl.ToString().TrimEnd('/'))}/account/sign-in", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("^Welcome, ")]
    private static partial Regex WelcomePattern();

    [GeneratedRegex("^Error: Sign in")]
    private static partial Regex ErrorTitlePattern();
}
