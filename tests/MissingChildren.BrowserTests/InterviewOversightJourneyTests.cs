using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A team manager works the RHI tray sorted by child and decides from the queue that a looked-after child's short
/// absence needs an interview (R34); a worker corrects an authorised interview as a new version (R30). axe on every page.
/// </summary>
public sealed class InterviewOversightJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private DateTimeOffset Now => browser.App.Clock.GetUtcNow();

    private async Task<IPage> SignedInAsync(string role)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });
        return page;
    }

    [Fact]
    public async Task Manager_DecidesAShortAbsenceNeedsAnInterview_FromTheQueue()
    {
        browser.SkipUnlessAvailable();
        var taskId = await browser.App.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == "P104");
            var episode = new MissingEpisode
            {
                ChildId = child.Id, Category = EpisodeCategory.Absent, Status = EpisodeStatus.Returned, MissingFrom = Now.AddHours(-9),
                ReportedAt = Now.AddHours(-9), NotifiedAt = Now.AddHours(-9), FoundAt = Now.AddHours(-3), ReturnKnownAt = Now.AddHours(-3),
                EpisodeNumber = 3, EpisodesInLast90Days = 2,
            };
            var task = new DutyTask
            {
                ChildId = child.Id, EpisodeId = episode.Id, Type = TaskType.ReturnHomeInterview, RuleId = "R34", DedupeKey = $"journey/{Guid.NewGuid():N}",
                Title = "Short absence (2nd episode in 90 days) of a child in care: decide whether a return home interview is needed",
                Status = DutyStatus.Open, RaisedAt = Now, DueAt = Now.AddDays(1), AssigneeRole = PolicyRole.TeamManager, AssigneeTeamId = child.AllocatedTeamId,
            };
            db.AddRange(episode, task);
            await db.SaveChangesAsync();
            return task.Id;
        });
        var page = await SignedInAsync(Roles.TeamManager);

        await page.GotoAsync("/rhi?sort=child");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Return home interviews");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/authorisations");
        await page.Locator($"a[href='/authorisations/short-absences/{taskId}']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Short absence: is a return home interview needed?");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether the child needs a return home interview");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Yes: ask for a return home interview").CheckAsync();
        await page.GetByLabel("Reason for your decision").FillAsync("Second absence this fortnight; carers report the placement is strained.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/rhi/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("[data-testid=rhi-status]")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Worker_CorrectsAnAuthorisedInterview_AsANewVersion()
    {
        browser.SkipUnlessAvailable();
        var rhiId = await browser.App.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == "P105");
            var worker = await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.RhiWorker));
            var rhi = new ReturnHomeInterview
            {
                ChildId = child.Id, Status = RhiStatus.Authorised, ConcludedAs = RhiStatus.Completed, RequestedAt = Now.AddDays(-6), OfferDueAt = Now.AddDays(-3),
                AllocatedWorkerId = worker.Id, AllocatedTeamId = worker.TeamId, AcceptedAt = Now.AddDays(-5), CompleteDueAt = Now.AddDays(-2),
                InterviewedAt = Now.AddDays(-4), InterviewLocation = "Placement", PeoplePresent = "The child and their carer", ChildAccount = "Went to see a friend.",
                RisksIdentified = "None found", ConsentToShare = true, CeScreenOutcome = CeScreenOutcome.NoConcerns, SentForAuthorisationAt = Now.AddDays(-3),
            };
            db.Add(rhi);
            await db.SaveChangesAsync();
            return rhi.Id;
        });
        var page = await SignedInAsync(Roles.RhiWorker);

        await page.GotoAsync($"/rhi/{rhiId}");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("What needs correcting?").FillAsync("The location was the family home, not the placement.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a correction" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=correction]")).ToContainTextAsync("The location was the family home, not the placement.");
        await Assertions.Expect(page.GetByLabel("Where was the interview?")).ToHaveValueAsync("Placement");
        await page.AssertAccessibleAsync();
        await page.Locator("[data-testid=correction] a").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=superseded]")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
