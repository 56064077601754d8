using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;

namespace MissingChildren.BrowserTests;

/// <summary>
/// Front Door triage in a real browser: a police report arrives by the API about a known child it does not name
/// exactly (no local id, first and last names swapped); Front Door links it to the right child (R1) and the
/// episode's duties appear in the tray. axe on every page visited.
/// </summary>
public sealed class FrontDoorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    private async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [Fact]
    public async Task PoliceReport_LinkedAtTriage_ShowsItsDutiesInTheTray()
    {
        browser.SkipUnlessAvailable();
        var app = browser.App;
        var surname = "Quennell" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant().Replace('0', 'x');
        var localId = "J" + Guid.NewGuid().ToString("N")[..8];
        await app.SendAsync(new UpsertChild.Command(localId, "Keira", surname, new DateOnly(2011, 6, 9), null, "7 Sea View, Weston", false,
            [new UpsertChild.InvolvementInput(InvolvementType.CIN, new DateOnly(2025, 3, 1), null, null, null)], null, null));
        var reference = "POL-" + Guid.NewGuid().ToString("N")[..8];
        var now = app.Clock.GetUtcNow();
        // The police system calls the API on the app's real port, as it would in production.
        using var police = new HttpClient { BaseAddress = browser.BaseUrl };
        police.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
        var (response, body) = await police.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police",
            sourceReference = reference,
            kind = "Missing",
            child = new { firstName = surname, lastName = "Keira", dateOfBirth = "2011-06-09" },
            missingFrom = Iso(now.AddHours(-5)),
            reportedAt = Iso(now.AddHours(-4)),
            policeRiskLevel = "High",
            lastSeenLocation = "Weston seafront",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AwaitingTriage", (string?)body!["triage"]);

        var page = await browser.NewPageAsync();
        await SignInAsync(page, Roles.FrontDoor);

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/front-door").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Triage queue");
        var report = page.Locator("[data-testid=notification]").Filter(new() { HasText = reference });
        var candidate = report.Locator("[data-testid=candidate]").Filter(new() { HasText = localId });
        await Assertions.Expect(candidate).ToContainTextAsync("First and last names swapped");
        await Assertions.Expect(candidate).ToContainTextAsync("Same date of birth");
        await Assertions.Expect(candidate).ToContainTextAsync("Child in need");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("front-door-queue");

        await candidate.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Link ") }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Missing episode");
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Notification linked");
        await Assertions.Expect(page.Locator(".govuk-caption-l")).ToContainTextAsync(localId);
        var duties = page.Locator("[data-testid=duty]");
        Assert.True(await duties.CountAsync() > 0);
        var firstDuty = (await duties.First.Locator("td").First.InnerTextAsync()).Split('\n')[0].Trim();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("front-door-episode");

        await page.GetByRole(AriaRole.Link, new() { Name = "Missing Children and Young People" }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Missing Children and Young People");
        var row = page.Locator("[data-testid=tray-row]").Filter(new() { HasText = localId });
        await Assertions.Expect(row).ToContainTextAsync($"Keira {surname}");
        await Assertions.Expect(row).ToContainTextAsync("High");
        await Assertions.Expect(row).ToContainTextAsync("5 hours");
        await Assertions.Expect(row.Locator("[data-testid=next-duty]")).ToContainTextAsync(firstDuty);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("front-door-tray");

        await page.GotoAsync("/front-door/tray?risk=High&sort=missing-from&order=desc");
        await Assertions.Expect(page.Locator("[data-testid=tray-row]").Filter(new() { HasText = localId })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task RecordingANotification_WithNothingEntered_ShowsAnAccessibleErrorSummary()
    {
        browser.SkipUnlessAvailable();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, Roles.EmergencyDuty);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Triage queue");
        await Assertions.Expect(page.Locator("[data-testid=out-of-hours]")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a notification" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record notification" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter the source of the notification");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("front-door-record-errors");
    }
}
