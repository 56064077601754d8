using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A team manager prepares the Serious Incident Notification (R31) from the authorisation queue, files it, and finds
/// it under the child's documents. axe on every page visited.
/// </summary>
public sealed class DocumentJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_FilesTheSeriousIncidentNotification_AndFindsItOnTheChildsRecord()
    {
        browser.SkipUnlessAvailable();
        var app = browser.App;
        var now = app.Clock.GetUtcNow();
        var (taskId, childId) = await app.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == "P107");
            var episode = new MissingEpisode
            {
                ChildId = child.Id, Category = EpisodeCategory.Missing, Status = EpisodeStatus.Returned,
                MissingFrom = now.AddHours(-30), ReportedAt = now.AddHours(-29), NotifiedAt = now.AddHours(-29), FoundAt = now.AddHours(-2), ReturnKnownAt = now.AddHours(-2),
            };
            var task = new DutyTask
            {
                ChildId = child.Id, EpisodeId = episode.Id, Type = TaskType.SeriousIncidentNotification, RuleId = "R31",
                DedupeKey = $"journey/{Guid.NewGuid():N}", Title = "Send the Serious Incident Notification to the Assistant Director",
                Status = DutyStatus.Open, RaisedAt = now, DueAt = now.AddDays(1), AssigneeRole = PolicyRole.TeamManager, AssigneeTeamId = child.AllocatedTeamId,
            };
            db.AddRange(episode, task);
            await db.SaveChangesAsync();
            return (task.Id, child.Id);
        });

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.TeamManager));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });
        await page.GotoAsync($"/authorisations?type={TaskType.SeriousIncidentNotification}");
        await page.AssertAccessibleAsync();

        await page.Locator($"a[href='/authorisations/documents/{taskId}']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Prepare the Serious Incident Notification");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "File the notification" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the name of the Assistant Director it was sent to");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Which Assistant Director was it sent to?").FillAsync("Sam Assistant");
        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Time (24-hour, like 21:30)").FillAsync("13:30");
        await page.GetByLabel("Summary of the incident").FillAsync("Missing 28 hours; found at the seafront.");
        await page.GetByLabel("Actions taken and planned").FillAsync("Return home interview booked.");
        await page.GetByRole(AriaRole.Button, new() { Name = "File the notification" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, $"/children/{childId}/documents").ToString());
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Serious Incident Notification filed on the child's record");
        await Assertions.Expect(page.Locator("[data-testid=documents]")).ToContainTextAsync("Sam Assistant");
        await page.AssertAccessibleAsync();
        Assert.Equal(DutyStatus.Done, await app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
    }
}
