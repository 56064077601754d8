using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// An administrator onboards a police system in a real browser: creates its client on <c>/admin/clients</c>, copies
/// the key shown once, the system sends a report with it, then the administrator rotates the key and revokes the
/// client. axe on every page visited.
/// </summary>
public sealed class IntegrationClientJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_CreatesAClient_TheSystemUsesItsKey_ThenTheKeyIsRotatedAndRevoked()
    {
        browser.SkipUnlessAvailable();
        var name = "Police COMPACT " + Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.Administrator));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Integration clients" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Integration clients");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create a client" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create client and show its key" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a name for the client");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("clients-new-errors");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Agency").SelectOptionAsync("Police");
        await page.GetByLabel("notifications:write").CheckAsync();
        await page.GetByLabel("read", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create client and show its key" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Integration client created");
        var key = (await page.Locator("[data-testid=issued-key]").InnerTextAsync()).Trim();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("clients-key-shown-once");

        Assert.Equal(HttpStatusCode.Created, await ReportAsync(key));

        await page.GetByRole(AriaRole.Link, new() { Name = "I have copied the key: back to integration clients" }).ClickAsync();
        var row = page.Locator("[data-testid=client]").Filter(new() { HasText = name });
        await Assertions.Expect(row.Locator("[data-testid=client-last-used]")).Not.ToHaveTextAsync("Never");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(key);
        await page.ScreenshotAsync("clients-list");

        await row.GetByRole(AriaRole.Link, new() { Name = "Rotate key of " + name }).ClickAsync();
        await page.GetByLabel("24 hours").CheckAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new key" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New key made");
        var newKey = (await page.Locator("[data-testid=issued-key]").InnerTextAsync()).Trim();
        Assert.Equal(HttpStatusCode.Created, await ReportAsync(key));
        Assert.Equal(HttpStatusCode.Created, await ReportAsync(newKey));

        await page.GotoAsync("/admin/clients");
        await row.GetByRole(AriaRole.Link, new() { Name = "Revoke " + name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Are you sure you want to revoke this client?");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke " + name }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"{name} revoked");
        await Assertions.Expect(row.Locator("[data-testid=client-state]")).ToContainTextAsync("Revoked");
        await page.AssertAccessibleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await ReportAsync(newKey));
        Assert.Equal(HttpStatusCode.Unauthorized, await ReportAsync(key));
    }

    /// <summary>The police system sends a missing report with this key, on the app's real port.</summary>
    private async Task<HttpStatusCode> ReportAsync(string key)
    {
        using var police = new HttpClient { BaseAddress = browser.BaseUrl };
        police.DefaultRequestHeaders.Add("X-Api-Key", key);
        var now = browser.App.Clock.GetUtcNow();
        var (response, _) = await police.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police",
            sourceReference = "POL-" + Guid.NewGuid().ToString("N")[..8],
            kind = "Missing",
            child = new { localId = "B" + Guid.NewGuid().ToString("N")[..8] },
            missingFrom = now.AddHours(-3).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture),
            reportedAt = now.AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture),
            policeRiskLevel = "Medium",
        });
        return response.StatusCode;
    }
}
