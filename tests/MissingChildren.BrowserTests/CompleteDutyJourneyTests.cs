using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.BrowserTests;

/// <summary>A social worker records from the case view that they told the IRO (R10). axe on every page visited.</summary>
public sealed class CompleteDutyJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SocialWorker_RecordsADutyDone_FromTheCaseView()
    {
        browser.SkipUnlessAvailable();
        var now = browser.App.Clock.GetUtcNow();
        var (childId, taskId) = await browser.App.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == "P106");
            var task = new DutyTask
            {
                ChildId = child.Id, Type = TaskType.IroNotification, RuleId = "R10", DedupeKey = $"journey/{Guid.NewGuid():N}",
                Title = "Tell the Independent Reviewing Officer the child is missing", Status = DutyStatus.Open, RaisedAt = now, DueAt = now.AddHours(2),
                AssigneeRole = PolicyRole.SocialWorker, AssigneeTeamId = child.AllocatedTeamId,
            };
            db.Add(task);
            await db.SaveChangesAsync();
            return (child.Id, task.Id);
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(Roles.SocialWorker));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });

        await page.GotoAsync($"/children/{childId}");
        await page.Locator($"a[href='/children/{childId}/duties/{taskId}']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record a duty done");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record it done" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what was done, and who was told");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("What was done, and who was told?").FillAsync("Phoned the IRO; they will join the strategy meeting.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record it done" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, $"/children/{childId}").ToString());
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Duty recorded as done");
        await page.AssertAccessibleAsync();
        Assert.Equal(DutyStatus.Done, await browser.App.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
    }
}
