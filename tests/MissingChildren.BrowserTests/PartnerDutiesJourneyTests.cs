using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.BrowserTests;

/// <summary>
/// Medway (R44), with the other-areas rules (R41, R42) switched on by an administrator's setting: a social worker records
/// a whole family missing and reasonable grounds to believe trafficking on a missing child's episode, then records the
/// National Referral Mechanism referral and the other authority told, each from its duty on the child's summary. axe on
/// every page at desktop width and, resizing the viewport, at phone width.
/// </summary>
public sealed class PartnerDutiesJourneyTests(MedwayBrowserFixture browser) : IClassFixture<MedwayBrowserFixture>
{
    [Fact]
    public async Task SocialWorker_RecordsAFamilyMissingAndTraffickingGrounds_ThenTheNrmReferralAndTheAuthorityTold()
    {
        browser.SkipUnlessAvailable();
        var now = browser.App.Clock.GetUtcNow();
        await TellOtherAreasAsync(now);
        var (childId, episodeId) = await MissingChildAsync(now);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.SocialWorker));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });

        // axe at desktop width, and at phone width (390 px) by resizing the viewport (AssertAccessibleAsync).
        Task CheckAsync() => page.AssertAccessibleAsync();

        // The whole family is missing: the other authority to tell is named.
        await page.GotoAsync($"/children/{childId}/episodes");
        await CheckAsync();
        await page.Locator($"a[href='/children/{childId}/episodes/{episodeId}/other-areas']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Other local authority areas");
        await CheckAsync();
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the other local authorities to tell that the family is missing");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Which other local authorities should be told?").FillAsync("Kent County Council");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Other local authority areas recorded");

        // Reasonable grounds to believe trafficking: the social worker's NRM referral duty follows (R44).
        await page.GotoAsync($"/children/{childId}/episodes");
        await page.Locator($"a[href='/children/{childId}/episodes/{episodeId}/trafficking']").ClickAsync();
        await CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record reasonable grounds" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date it was decided");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Day").FillAsync(now.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(now.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(now.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Who decided?").FillAsync("Alex Jones, team manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record reasonable grounds" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Reasonable grounds recorded");
        await CheckAsync();

        // The referral, from its duty on the summary.
        var referral = await browser.App.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.NrmReferral));
        var duties = page.Locator("[data-testid='open-duties']");
        await Assertions.Expect(duties).ToContainTextAsync("Make a National Referral Mechanism referral");
        await duties.Locator($"a[href='/children/{childId}/duties/{referral.Id}/nrm-referral']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='no-consent']")).ToContainTextAsync("No consent is needed to refer a child");
        await CheckAsync();
        await page.GetByLabel("Referral reference").FillAsync("NRM-2026-0107");
        await page.GetByLabel("Who made the referral?").FillAsync("Test social worker");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the referral" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("National Referral Mechanism referral recorded");

        // The other authority told, from its duty.
        var told = await browser.App.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.OtherAuthorityNotification));
        await Assertions.Expect(duties).ToContainTextAsync("Tell Kent County Council that the family is missing");
        await duties.Locator($"a[href='/children/{childId}/duties/{told.Id}/told']").ClickAsync();
        await CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record who was told" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the person or team who was told");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Who was told?").FillAsync("Kent Front Door");
        await page.GetByLabel("Secure e-mail").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record who was told" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Recorded: Kent County Council told");

        await page.GotoAsync($"/children/{childId}/episodes");
        var timeline = page.Locator("[data-testid='timeline']");
        await Assertions.Expect(timeline).ToContainTextAsync("Kent Front Door told by secure e-mail");
        await Assertions.Expect(timeline).ToContainTextAsync("reference NRM-2026-0107, made by Test social worker");
        await CheckAsync();
        Assert.False(await browser.App.WithDbAsync(db => db.DutyTasks.AnyAsync(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open
            && (t.Type == TaskType.NrmReferral || t.Type == TaskType.OtherAuthorityNotification))));

        await page.Context.CloseAsync();
    }

    /// <summary>An administrator's setting: Medway's council also tells other areas (R41, R42), as North Somerset's protocol does.</summary>
    private Task TellOtherAreasAsync(DateTimeOffset now) => browser.App.WithDbAsync(async db =>
    {
        db.PolicyOverrides.Add(new PolicyOverride
        {
            Profile = "Medway", Path = "otherAuthorities.otherAreas", ValueJson = """{"tellOtherAuthoritiesOfMissingFamily":true,"tellAreaMissingFromOrFoundIn":true}""",
            Reason = "Journey test: other areas told", ChangedBy = "journey", ChangedAt = now.AddMinutes(-5),
        });
        await db.SaveChangesAsync();
        var policy = await browser.App.Services.GetRequiredService<LivePolicy>().ReloadAsync(db, CancellationToken.None);
        Assert.NotNull(policy.Profile.OtherAuthorities.OtherAreas);
        return 0;
    });

    /// <summary>A child in need of the demo social worker's, reported missing by the police two hours ago.</summary>
    private async Task<(Guid ChildId, Guid EpisodeId)> MissingChildAsync(DateTimeOffset now)
    {
        using var api = new HttpClient { BaseAddress = browser.BaseUrl };
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
        var localId = TestData.Unique("NRM");
        var (put, _) = await api.PutJsonAsync($"/api/v1/children/{localId}", new
        {
            firstName = "Robin", lastName = TestData.Surname(), dateOfBirth = now.AddYears(-15).AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            gender = (string?)null, address = "9 Dock Road, Chatham", involvements = new[] { new { type = "CIN", startDate = "2025-02-01" } },
            allocatedTeam = "Corporate Parenting", allocatedWorkerEmail = DemoUsers.EmailFor(Roles.SocialWorker),
        });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var (posted, body) = await api.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = TestData.Unique("POL-"), kind = "Missing", child = new { localId },
            missingFrom = TestData.Iso(now.AddHours(-2)), reportedAt = TestData.Iso(now.AddHours(-1)), policeRiskLevel = "Medium",
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var childId = await browser.App.WithDbAsync(db => db.Children.Where(c => c.LocalId == localId).Select(c => c.Id).SingleAsync());
        return (childId, Guid.Parse((string)body!["episodeId"]!));
    }
}
