using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A team manager follows a long-missing review duty (R15) from the child's summary to the meeting form, records the
/// review and sees it on the record with the duty gone. axe on every page visited.
/// </summary>
public sealed class DutyLoopJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_RecordsTheLongMissingReview_FromTheDutyOnTheSummary()
    {
        browser.SkipUnlessAvailable();
        var now = browser.App.Clock.GetUtcNow();
        const string title = "Fortnightly long-missing review (journey)";
        var (childId, taskId) = await browser.App.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == "P107");
            var task = new DutyTask
            {
                ChildId = child.Id, Type = TaskType.LongMissingReview, RuleId = RuleIds.LongMissingReview, DedupeKey = $"journey/{Guid.NewGuid():N}",
                Title = title, Status = DutyStatus.Open, RaisedAt = now, DueAt = now.AddDays(2),
                AssigneeRole = PolicyRole.TeamManager, AssigneeTeamId = child.AllocatedTeamId,
            };
            db.Add(task);
            await db.SaveChangesAsync();
            return (child.Id, task.Id);
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.TeamManager));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });

        await page.GotoAsync($"/children/{childId}");
        await page.AssertAccessibleAsync();
        var review = page.Locator($"a[href='/children/{childId}/meetings/new?type=LongMissingReview&dutyId={taskId}']");
        await Assertions.Expect(review).ToContainTextAsync("Record the review");
        await review.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record a meeting");
        await Assertions.Expect(page.GetByLabel("Long-missing review")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();

        var held = now.AddHours(-1).ToOffset(TimeSpan.Zero);
        await page.GetByLabel("Day").FillAsync(held.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(held.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(held.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Time (24-hour, like 21:30)").FillAsync("09:00");
        await page.GetByLabel("Who attended, and for which agency?").FillAsync("Head of Service\nDS Pat, Police");
        await page.GetByLabel("Risk factors considered").FillAsync("Missing 14 days; seen in Bristol with older associates.");
        await page.GetByLabel("Actions agreed, with who owns each and by when").FillAsync("Keep the search open – Police, by Friday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save meeting" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=meeting]").First).ToContainTextAsync("Long missing review");
        await page.AssertAccessibleAsync();
        Assert.Equal(DutyStatus.Done, await browser.App.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
        await page.GotoAsync($"/children/{childId}");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(title);
    }
}
