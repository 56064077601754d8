using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// The return home interview in a real browser: the team manager allocates it, the worker records three contact
/// attempts, consent, the interview and the CE screen, and sends it for authorisation. axe on every page.
/// </summary>
public sealed class ReturnInterviewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private DateTimeOffset Now => browser.App.Clock.GetUtcNow();

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>A child of 14 held by Corporate Parenting goes missing and is found: their RHI is waiting to be allocated.</summary>
    private async Task<string> ReturnedChildAsync()
    {
        var localId = $"J{Guid.NewGuid():N}"[..12];
        // The app listens on Kestrel here, so the API is called over the network like a police system would.
        using var api = new HttpClient { BaseAddress = browser.BaseUrl };
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
        var (child, _) = await api.PutJsonAsync($"/api/v1/children/{localId}", new
        {
            firstName = "Jordan",
            lastName = "Journey",
            dateOfBirth = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(-14).AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            gender = (string?)null,
            address = (string?)null,
            involvements = Array.Empty<object>(),
            allocatedTeam = "Corporate Parenting",
            allocatedWorkerEmail = (string?)null,
        });
        Assert.Equal(HttpStatusCode.Created, child.StatusCode);
        var reference = $"JOURNEY-{Guid.NewGuid():N}";
        var (missing, _) = await api.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference, kind = "Missing", child = new { localId },
            missingFrom = Iso(Now.AddHours(-8)), reportedAt = Iso(Now.AddHours(-7)), policeRiskLevel = "Medium",
        });
        Assert.Equal(HttpStatusCode.Created, missing.StatusCode);
        var (found, _) = await api.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference + "-F", kind = "Found", child = new { localId }, relatesTo = reference, foundAt = Iso(Now.AddHours(-1)),
        });
        Assert.Equal(HttpStatusCode.Created, found.StatusCode);
        return "Jordan Journey";
    }

    private async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task FillWhenAsync(IPage page, string id, DateTimeOffset utc)
    {
        // November: UK time is UTC.
        await page.Locator($"#{id}_Day").FillAsync(utc.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}_Month").FillAsync(utc.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}_Year").FillAsync(utc.Year.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}_Time").FillAsync(utc.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    private static async Task RecordAttemptAsync(IPage page, DateTimeOffset at, string outcome)
    {
        await FillWhenAsync(page, "Attempt_At", at);
        await page.GetByLabel("Phone call", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Parent or carer", new() { Exact = true }).CheckAsync();
        await page.GetByLabel(outcome, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record attempt" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Contact attempt recorded");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ManagerAllocates_WorkerRecordsAttemptsConsentAndInterview_AndSendsForAuthorisation()
    {
        browser.SkipUnlessAvailable();
        var name = await ReturnedChildAsync();
        var page = await browser.NewPageAsync();

        // The team manager allocates the interview from the tray.
        await SignInAsync(page, Roles.TeamManager);
        await page.GotoAsync("/rhi");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Return home interviews");
        await page.AssertAccessibleAsync();
        await page.Locator("#unallocated ~ .mc-table-region table").First.GetByRole(AriaRole.Link, new() { Name = $"Open the return home interview for {name}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Who will do the interview").SelectOptionAsync(new SelectOptionValue { Label = "Rory Interview Worker, Family Wellbeing" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Interview allocated");
        await Assertions.Expect(page.GetByTestId("rhi-status")).ToHaveTextAsync("Allocated");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // The worker lands on their tray and opens the interview.
        await SignInAsync(page, Roles.RhiWorker);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/rhi").ToString());
        await page.AssertAccessibleAsync();
        await page.Locator("#interviews ~ .mc-table-region table").First.GetByRole(AriaRole.Link, new() { Name = $"Open the return home interview for {name}" }).ClickAsync();
        await page.AssertAccessibleAsync();

        // Three attempts; the third reaches the parent and offers the interview.
        await RecordAttemptAsync(page, Now.AddHours(-3), "No answer");
        await RecordAttemptAsync(page, Now.AddHours(-2), "Message left");
        await RecordAttemptAsync(page, Now.AddMinutes(-30), "Spoke to them: interview offered");
        await Assertions.Expect(page.GetByTestId("attempts").Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("rhi-status")).ToHaveTextAsync("Offered");

        // Consent from the parent (R22: the child is under 16).
        await page.Locator("#Consent_Consented").CheckAsync();
        await page.GetByLabel("Name of the parent or carer").FillAsync("Pat Journey");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rhi-status")).ToHaveTextAsync("Accepted");
        await page.AssertAccessibleAsync();

        // The interview.
        await FillWhenAsync(page, "Interview_InterviewedAt", Now);
        await page.GetByLabel("Where was the interview?").FillAsync("Family home");
        await page.GetByLabel("Who was present?").FillAsync("Jordan and their mother");
        await page.GetByLabel("What the child said").FillAsync("Stayed at a friend's house after an argument.");
        await page.GetByLabel("Parents' or carers' views").FillAsync("Relieved; would like family support.");
        await page.GetByLabel("Risks found").FillAsync("None found");
        await page.Locator("#Interview_ConsentToShare").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rhi-status")).ToHaveTextAsync("Completed");
        await page.AssertAccessibleAsync();

        // The CE screen (R28), then the manager's authorisation (R30).
        await page.GetByLabel("No exploitation concerns").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the CE screen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("ce")).ToHaveTextAsync("No exploitation concerns");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for authorisation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Sent to the team manager for authorisation");
        await Assertions.Expect(page.GetByTestId("rhi-status")).ToHaveTextAsync("Awaiting authorisation");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("rhi-sent-for-authorisation");

        // Back on the tray: waiting for the manager.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to return home interviews" }).ClickAsync();
        await Assertions.Expect(page.Locator("#interviews ~ .mc-table-region table").First.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Waiting for the manager");
        await page.AssertAccessibleAsync();
    }
}
