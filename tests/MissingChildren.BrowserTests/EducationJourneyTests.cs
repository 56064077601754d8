using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Education;

namespace MissingChildren.BrowserTests;

/// <summary>
/// R40 (003) in Chromium: an education officer lands on <c>/education</c>, opens an investigation for a child missing
/// education, records an enquiry, files it dormant; on the review date the review duty comes back on <c>/education</c>;
/// they record the child found. axe on every page at desktop width, then again on the same pages at phone width.
/// </summary>
public sealed partial class EducationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Review = "Review the dormant children missing education investigation";

    [Fact]
    public async Task AnEducationOfficer_OpensAnInvestigation_FilesItDormant_ReviewsItWhenItComesBack_AndRecordsTheChildFound()
    {
        browser.SkipUnlessAvailable();
        var data = new TestData(browser.App);
        var localId = TestData.Unique("CME");
        var lastName = TestData.Surname();
        using (var api = new HttpClient { BaseAddress = browser.BaseUrl })
        {
            api.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
            var (put, _) = await api.PutJsonAsync($"/api/v1/children/{localId}", new
            {
                firstName = "Casey", lastName, dateOfBirth = data.Now.AddYears(-13).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                gender = (string?)null, address = "4 Mill Lane, Oakham", involvements = new[] { new { type = "CME", startDate = "2026-09-01" } },
                allocatedTeam = (string?)null, allocatedWorkerEmail = (string?)null,
            });
            Assert.Equal(System.Net.HttpStatusCode.Created, put.StatusCode);
        }

        var childId = await browser.App.WithDbAsync(db => db.Children.Where(c => c.LocalId == localId).Select(c => c.Id).SingleAsync());
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(data.Now, "Europe/London").DateTime);
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(1280, 900);
            await SignInAsync(page);
            await page.AssertAccessibleAsync();

            await page.GetByLabel("The child's local ID").FillAsync(localId);
            await page.GetByRole(AriaRole.Button, new() { Name = "Open investigation" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Children missing education investigation" })).ToBeVisibleAsync();
            var investigationUrl = page.Url;
            await page.AssertAccessibleAsync();

            // An enquiry without its date: the error summary, nothing saved; then with it.
            await page.GetByLabel("Who was the enquiry made to?").SelectOptionAsync("Nhs");
            await page.GetByLabel("Who was asked?").FillAsync("Rutland GP practice");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the enquiry" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date the enquiry was made");
            await page.AssertAccessibleAsync();
            await FillDateAsync(page, "Enquiry.AskedOn", today.AddDays(-1));
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the enquiry" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("enquiries")).ToContainTextAsync("Rutland GP practice");

            var reviewOn = today.AddDays(14);
            await FillDateAsync(page, "Dormant.ReviewOn", reviewOn);
            await page.GetByRole(AriaRole.Button, new() { Name = "Mark dormant" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("investigation")).ToContainTextAsync("Dormant");

            // The review date comes: the sweep raises the review duty, on /education.
            // Two weeks on, the session has long expired: the officer signs in again and lands on /education.
            await data.AdvanceToAsync(new DateTimeOffset(reviewOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
            await page.Context.ClearCookiesAsync();
            await SignInAsync(page);
            await Assertions.Expect(page.GetByTestId("education-duties")).ToContainTextAsync(Review);
            await Assertions.Expect(page.GetByTestId("investigations")).ToContainTextAsync("Due for review");
            await page.AssertAccessibleAsync();

            await page.GetByTestId("investigations").GetByRole(AriaRole.Link, new() { Name = $"Casey {lastName}" }).ClickAsync();
            await FillDateAsync(page, "Found.FoundOn", reviewOn);
            await page.GetByLabel("Where is the child?").FillAsync("On roll at a school in Leicester");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record found" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(EducationUrl());
            await Assertions.Expect(page.GetByTestId("education-duties")).Not.ToContainTextAsync(Review);
            Assert.Equal(CmeStatus.Found, await browser.App.WithDbAsync(db => db.CmeInvestigations.Where(i => i.ChildId == childId).Select(i => i.Status).SingleAsync()));

            // The same pages at phone width.
            await page.SetViewportSizeAsync(AccessibilityExtensions.PhoneWidth, 900);
            foreach (var path in new[] { "/education", investigationUrl })
            {
                await page.GotoAsync(path);
                await page.AssertAccessibleAsync();
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.Education));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(EducationUrl(), new() { Timeout = 30_000 });
    }

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"[name='{field}.Day']").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"[name='{field}.Month']").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"[name='{field}.Year']").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("/education$")]
    private static partial Regex EducationUrl();
}
