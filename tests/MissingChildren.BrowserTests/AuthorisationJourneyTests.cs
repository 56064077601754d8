using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.BrowserTests;

/// <summary>
/// A manager authorises an RHI with an R30 outcome; a duty left overdue escalates to the Head of Service and appears
/// in their queue. axe on every page visited.
/// </summary>
public sealed class AuthorisationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_AuthorisesAnRhi_AndAnOverdueDutyReachesTheHeadOfService()
    {
        browser.SkipUnlessAvailable();
        var app = browser.App;
        var now = app.Clock.GetUtcNow();
        var taskId = await app.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == "P106");
            var episode = new MissingEpisode
            {
                ChildId = child.Id, Category = EpisodeCategory.Missing, Status = EpisodeStatus.Returned,
                MissingFrom = now.AddDays(-3), ReportedAt = now.AddDays(-3), NotifiedAt = now.AddDays(-3), FoundAt = now.AddDays(-2), ReturnKnownAt = now.AddDays(-2),
            };
            var rhi = new ReturnHomeInterview
            {
                ChildId = child.Id, Status = RhiStatus.AwaitingAuthorisation, ConcludedAs = RhiStatus.Completed,
                RequestedAt = now.AddDays(-2), OfferDueAt = now.AddDays(1), AllocatedTeamId = child.AllocatedTeamId,
            };
            episode.ReturnHomeInterviewId = rhi.Id;
            var task = new DutyTask
            {
                ChildId = child.Id, EpisodeId = episode.Id, ReturnHomeInterviewId = rhi.Id, Type = TaskType.ManagerAuthorisation, RuleId = "R30",
                DedupeKey = $"journey/{Guid.NewGuid():N}", Title = "Authorise the return home interview and record the outcome",
                Status = DutyStatus.Open, RaisedAt = now, DueAt = now.AddDays(2), AssigneeRole = PolicyRole.TeamManager, AssigneeTeamId = child.AllocatedTeamId,
            };
            db.AddRange(rhi, episode, task);
            await db.SaveChangesAsync();
            return task.Id;
        });

        var page = await browser.NewPageAsync();
        await SignInAsync(page, Roles.TeamManager);

        // A manager lands on the oversight dashboard; the authorisations are a step away in the navigation.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Oversight");
        await page.Locator(".govuk-service-navigation").GetByRole(AriaRole.Link, new() { Name = "Authorisations" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Waiting for you");
        await page.AssertAccessibleAsync();

        await page.Locator($"a[href='/authorisations/{taskId}']").ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether to authorise it or return it to the worker");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Authorise it with an outcome").CheckAsync();
        await page.GetByLabel("Continue current support").CheckAsync();
        await page.GetByLabel("Rationale, if you authorise it").FillAsync("Interview completed; the safety plan is working.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseUrl, "/authorisations").ToString());
        await Assertions.Expect(page.Locator($"a[href='/authorisations/{taskId}']")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        Assert.Equal(RhiStatus.Authorised, await app.WithDbAsync(db => db.ReturnHomeInterviews.Where(r => r.Id == db.DutyTasks.Single(t => t.Id == taskId).ReturnHomeInterviewId).Select(r => r.Status).SingleAsync()));

        // A duty of the report left overdue (the daily check has its own tests): the sweep escalates it to the team manager, then to the Head of Service.
        using var police = new HttpClient { BaseAddress = browser.BaseUrl };
        police.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
        var (_, body) = await police.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = $"JOURNEY-{Guid.NewGuid():N}", kind = "Missing", child = new { localId = "P117" },
            missingFrom = now.AddHours(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        var episodeId = Guid.Parse((string)body!["episodeId"]!);
        var duty = await app.WithDbAsync(db => db.DutyTasks.Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open && t.Type != TaskType.DailyCheck).OrderBy(t => t.DueAt).FirstAsync());
        app.Clock.Advance(duty.DueAt - now + TimeSpan.FromHours(26));
        await app.SweepAsync();

        var head = await browser.NewPageAsync();
        await SignInAsync(head, Roles.HeadOfService);
        await head.GotoAsync("/authorisations");
        var row = head.Locator("[data-testid=authorisation-queue] tbody tr", new() { HasText = duty.Title });
        await Assertions.Expect(row.First).ToContainTextAsync("Escalated to Head of Service");
        await head.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Manager_ReturnsAnRhi_TheWorkerCorrectsAndResendsIt_AndTheAuthorisedOutcomeRaisesAStrategyMeeting()
    {
        browser.SkipUnlessAvailable();
        var app = browser.App;
        var now = app.Clock.GetUtcNow();
        var (rhiId, childId) = await app.WithDbAsync(async db =>
        {
            // A Corporate Parenting child (North Somerset: their own team manager authorises, 001 §3.5), interviewed and screened.
            var child = await db.Children.SingleAsync(c => c.LocalId == "P108");
            var worker = await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.RhiWorker));
            var episode = new MissingEpisode
            {
                ChildId = child.Id, Category = EpisodeCategory.Missing, Status = EpisodeStatus.Returned,
                MissingFrom = now.AddDays(-3), ReportedAt = now.AddDays(-3), NotifiedAt = now.AddDays(-3), FoundAt = now.AddDays(-2), ReturnKnownAt = now.AddDays(-2),
            };
            var rhi = new ReturnHomeInterview
            {
                ChildId = child.Id, Status = RhiStatus.Completed, RequestedAt = now.AddDays(-2), OfferDueAt = now.AddDays(1),
                AllocatedTeamId = worker.TeamId, AllocatedWorkerId = worker.Id, InterviewedAt = now.AddHours(-3), InterviewLocation = "Family home",
                PeoplePresent = "The child and their carer", ChildAccount = "Went to Bristol with older friends.", RisksIdentified = "Older associates.",
                ConsentToShare = true, CeScreenOutcome = CeScreenOutcome.ConcernsFullAssessmentNeeded, CeScreenCompletedAt = now.AddHours(-2),
            };
            episode.ReturnHomeInterviewId = rhi.Id;
            db.AddRange(rhi, episode);
            await db.SaveChangesAsync();
            return (rhi.Id, child.Id);
        });

        // The worker sends it; the manager reads it on the decision page and returns it with a reason.
        var worker = await browser.NewPageAsync();
        await SignInAsync(worker, Roles.RhiWorker);
        await worker.GotoAsync($"/rhi/{rhiId}");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Send for authorisation" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("rhi-status")).ToHaveTextAsync("Awaiting authorisation");

        var manager = await browser.NewPageAsync();
        await SignInAsync(manager, Roles.TeamManager);
        await manager.GotoAsync($"/authorisations/{await OpenAuthorisationAsync(rhiId)}");
        await Assertions.Expect(manager.GetByTestId("approval-interview")).ToContainTextAsync("Went to Bristol with older friends.");
        await manager.AssertAccessibleAsync();
        await manager.GetByLabel("Return it to the worker").CheckAsync();
        await manager.GetByLabel("Why you are returning it, if you do").FillAsync("Add what the carer said about the older friends.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Uri(browser.BaseUrl, "/authorisations").ToString());

        // The worker sees the reason at the top, corrects the interview record and sends it again.
        await worker.GotoAsync($"/rhi/{rhiId}");
        await Assertions.Expect(worker.GetByTestId("returned-reason")).ToHaveTextAsync("Add what the carer said about the older friends.");
        await worker.AssertAccessibleAsync();
        await Assertions.Expect(worker.GetByLabel("What the child said")).ToHaveValueAsync("Went to Bristol with older friends.");
        await worker.GetByLabel("Parents' or carers' views").FillAsync("The carer is worried about the older friends at the bus station.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("interview")).ToContainTextAsync("The carer is worried about the older friends at the bus station.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Send for authorisation" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("rhi-status")).ToHaveTextAsync("Awaiting authorisation");
        await Assertions.Expect(worker.GetByTestId("returned")).ToHaveCountAsync(0);
        await worker.AssertAccessibleAsync();

        // The manager authorises it: convene a strategy meeting (R30), which becomes the manager's duty on the child's summary.
        await manager.GotoAsync($"/authorisations/{await OpenAuthorisationAsync(rhiId)}");
        await Assertions.Expect(manager.GetByTestId("approval-interview")).ToContainTextAsync("The carer is worried about the older friends at the bus station.");
        await manager.GetByLabel("Authorise it with an outcome").CheckAsync();
        await manager.GetByLabel("Convene a strategy meeting").CheckAsync();
        await manager.GetByLabel("Rationale, if you authorise it").FillAsync("Older associates: a strategy meeting is needed.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Uri(browser.BaseUrl, "/authorisations").ToString());
        Assert.Equal(RhiStatus.Authorised, await app.WithDbAsync(db => db.ReturnHomeInterviews.Where(r => r.Id == rhiId).Select(r => r.Status).SingleAsync()));

        await manager.GotoAsync($"/children/{childId}");
        var duty = manager.GetByRole(AriaRole.Row).Filter(new() { HasText = "Convene a strategy meeting: the outcome recorded when the return home interview was authorised" });
        await Assertions.Expect(duty).ToHaveCountAsync(1);
        await manager.AssertAccessibleAsync();
        await duty.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(manager).ToHaveURLAsync(new Uri(browser.BaseUrl, $"/children/{childId}/meetings/new?type=StrategyMeeting").ToString());
        await manager.AssertAccessibleAsync();
    }

    private Task<Guid> OpenAuthorisationAsync(Guid rhiId) =>
        browser.App.WithDbAsync(db => db.DutyTasks
            .Where(t => t.ReturnHomeInterviewId == rhiId && t.Type == TaskType.ManagerAuthorisation && t.Status == DutyStatus.Open).Select(t => t.Id).SingleAsync());

    private static async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoUsers.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"), new() { Timeout = 30_000 });
    }
}
