using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;

namespace MissingChildren.BrowserTests;

/// <summary>
/// The Philomena Protocol in a real browser: a social worker completes a child's missing person profile with a photo;
/// the police report the child missing; the police user lands on <c>/police</c>, opens the child, sees the "while
/// missing" part filled from their report and prints the profile. axe on every page, at desktop and phone widths.
/// </summary>
public sealed class MissingPersonProfileJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task ASocialWorkerWritesTheProfile_TheChildGoesMissing_AndThePoliceReadAndPrintIt()
    {
        browser.SkipUnlessAvailable();
        var now = browser.App.Clock.GetUtcNow();
        using var system = new HttpClient { BaseAddress = browser.BaseUrl };
        system.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
        var localId = TestData.Unique("MPP");
        var (created, _) = await system.PutJsonAsync($"/api/v1/children/{localId}", new
        {
            firstName = "Maisie", lastName = "Philomena", dateOfBirth = "2011-04-17", gender = (string?)null, address = "12 Test Road, Weston",
            unaccompaniedAsylumSeeker = false, involvements = new[] { new { type = "CLA", startDate = "2024-01-10" } },
            allocatedTeam = "Corporate Parenting", allocatedWorkerEmail = DemoUsers.EmailFor(Roles.SocialWorker),
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var childId = await browser.App.WithDbAsync(db => db.Children.Where(c => c.LocalId == localId).Select(c => c.Id).SingleAsync());

        var worker = await SignedInAsync(Roles.SocialWorker);
        await worker.GotoAsync($"/children/{childId}");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Missing person profile", Exact = true }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("no-profile")).ToBeVisibleAsync();
        await worker.AssertAccessibleAsync();
        await worker.GetByRole(AriaRole.Link, new() { Name = "Write the profile" }).ClickAsync();
        await worker.AssertAccessibleAsync();
        await worker.GetByLabel("Height").FillAsync("163cm");
        await worker.GetByLabel("Hair").FillAsync("Brown, shoulder length");
        await worker.GetByLabel("Identifying features").FillAsync("Scar above left eye");
        await worker.GetByLabel("Medical conditions").FillAsync("Asthma");
        await worker.SetInputFilesAsync("#Photo", new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = Png });
        await worker.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("profile-version")).ToContainTextAsync("Version 1 of 1");
        await Assertions.Expect(worker.GetByTestId("profile-photo")).ToBeVisibleAsync();
        await worker.AssertAccessibleAsync();

        // The police report the child missing: the profile's "while missing" part is filled from the report.
        var (reported, _) = await system.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = TestData.Unique("POL-"), kind = "Missing", child = new { localId },
            missingFrom = TestData.Iso(now.AddHours(-2)), reportedAt = TestData.Iso(now.AddHours(-1)), policeRiskLevel = "High",
            lastSeenLocation = "Weston bus station", circumstances = "Left the children's home after an argument",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, reported.StatusCode);

        var police = await SignedInAsync(Roles.Police);
        await Assertions.Expect(police).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/police$"));
        await police.AssertAccessibleAsync();
        await police.GetByTestId("reported-children").GetByRole(AriaRole.Link, new() { Name = "Maisie Philomena" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("while-missing")).ToContainTextAsync("Weston bus station");
        await Assertions.Expect(police.GetByTestId("while-missing")).ToContainTextAsync("Left the children's home after an argument");
        await Assertions.Expect(police.GetByTestId("description")).ToContainTextAsync("Scar above left eye");
        await police.AssertAccessibleAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "Print the profile" }).ClickAsync();
        await Assertions.Expect(police.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Missing person profile");
        await Assertions.Expect(police.GetByTestId("profile-photo")).ToBeVisibleAsync();
        await police.AssertAccessibleAsync();
        Assert.Equal(2, await browser.App.WithDbAsync(db => db.MissingPersonProfiles.CountAsync(p => p.ChildId == childId)));
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
