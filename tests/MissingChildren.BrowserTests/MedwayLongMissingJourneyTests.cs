using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissingChildren.Domain;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.BrowserTests;

/// <summary>
/// One Medway child (003) missing for 30 days, walked through every review to the episode's close in Chromium,
/// at desktop and phone width. Each duty is raised by the sweep as the clock moves on, found by its owner where it is
/// shown to them, done through the page its link opens, and gone from there afterwards. axe on every page visited.
/// </summary>
public sealed class MedwayLongMissingJourneyTests(MedwayBrowserFixture browser) : IClassFixture<MedwayBrowserFixture>
{
    private const string NeedToKnow = "Start the Need-to-Know process: bring in the Head of Service";
    private const string Strategy = "Hold a strategy meeting: missing 48 hours";
    private const string TellHead = "Tell the Head of Service: strategy meeting needed";
    private const string Professionals = "Convene a professionals meeting: missing 48 hours";
    private const string Discussion = "Service Missing Exploitation Discussion";
    private const string Offer = "Offer the return home interview";
    private const string Authorise = "Authorise the return home interview and record the outcome";
    private const string MultiDisciplinary = "Multi-disciplinary professionals meeting (bi-monthly)";

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task AChildMissingThirtyDays_IsWalkedThroughEveryReview_ToTheEpisodesClose(int width)
    {
        browser.SkipUnlessAvailable();
        var journey = new MedwayJourney(browser, width);
        try
        {
            await WalkAsync(journey, width);
        }
        finally
        {
            await journey.CloseAsync();
        }
    }

    private async Task WalkAsync(MedwayJourney journey, int width)
    {
        // A child in need held by the team manager's team (Corporate Parenting), reported missing by Kent Police.
        var localId = await journey.PutChildAsync(TestData.Unique("M"), new
        {
            firstName = "Morgan", lastName = TestData.Surname(), dateOfBirth = journey.Now.AddYears(-14).AddDays(-40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            gender = (string?)null, address = "4 River Walk, Chatham", allocatedTeam = "Corporate Parenting", allocatedWorkerEmail = (string?)null,
            involvements = new[] { new { type = "CIN", startDate = "2025-02-01" } },
        });
        var missingFrom = journey.Now.AddHours(-1);
        var reference = TestData.Unique("KENT-");
        var episodeId = Guid.Parse(await journey.NotifyAsync(new
        {
            source = "Police", sourceReference = reference, kind = "Missing", child = new { localId },
            missingFrom = MedwayJourney.Iso(missingFrom), reportedAt = MedwayJourney.Iso(journey.Now.AddMinutes(-20)),
            policeRiskLevel = "Medium", lastSeenLocation = "Chatham bus station",
        }));
        var childId = await browser.App.WithDbAsync(db => db.Children.Where(c => c.LocalId == localId).Select(c => c.Id).SingleAsync());
        var summary = $"/children/{childId}";
        await journey.ExpectOpenAsync(episodeId);

        // 24 hours (R13): the Head of Service starts Need-to-Know and records it done.
        await journey.AdvanceToAsync(missingFrom.AddHours(24).AddMinutes(5));
        await journey.ExpectOpenAsync(episodeId, NeedToKnow);
        await journey.DoDutyAsync(Roles.HeadOfService, summary, NeedToKnow, "Record done", "Record a duty done");
        await journey.ExpectOpenAsync(episodeId);

        // 48 hours (R12, R33): the team manager holds the strategy meeting and tells the Head of Service; the police
        // convene the professionals meeting from their own page.
        await journey.AdvanceToAsync(missingFrom.AddHours(48).AddMinutes(5));
        await journey.ExpectOpenAsync(episodeId, Strategy, TellHead, Professionals);
        await journey.DoDutyAsync(Roles.TeamManager, summary, Strategy, "Record the meeting", "Record a meeting");
        await journey.DoDutyAsync(Roles.TeamManager, summary, TellHead, "Record done", "Record a duty done");
        await journey.DoDutyAsync(Roles.Police, "/police", Professionals, "Record the meeting", "Record the professionals meeting", localId);
        await journey.ExpectOpenAsync(episodeId);

        // 14 days (R15): the Service Missing Exploitation Discussion, chaired by the Head of Service, raised a week before.
        await journey.AdvanceToAsync(missingFrom.AddDays(14).AddHours(-2));
        await journey.ExpectOpenAsync(episodeId, Discussion);
        await journey.DoDutyAsync(Roles.HeadOfService, summary, Discussion, "Record the review", "Record a meeting");
        await journey.ExpectOpenAsync(episodeId);

        // 28 days (R15): the second discussion, and the first multi-disciplinary professionals meeting.
        await journey.AdvanceToAsync(missingFrom.AddDays(28).AddHours(-2));
        await journey.ExpectOpenAsync(episodeId, Discussion, MultiDisciplinary);
        await journey.DoDutyAsync(Roles.HeadOfService, summary, Discussion, "Record the review", "Record a meeting");
        await journey.DoDutyAsync(Roles.HeadOfService, summary, MultiDisciplinary, "Record the review", "Record a meeting");
        await journey.ExpectOpenAsync(episodeId);

        // Day 30: Kent Police find the child.
        await journey.AdvanceToAsync(missingFrom.AddDays(30));
        await journey.NotifyAsync(new
        {
            source = "Police", sourceReference = reference + "-F", kind = "Found", child = new { localId }, relatesTo = reference,
            foundAt = MedwayJourney.Iso(journey.Now.AddHours(-1)),
        });
        await browser.App.SweepAsync();
        await journey.ExpectOpenAsync(episodeId, Offer);
        var name = await browser.App.WithDbAsync(db => db.Children.Where(c => c.Id == childId).Select(c => c.FirstName + " " + c.LastName).SingleAsync());
        var rhiId = await browser.App.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId!.Value).SingleAsync());

        // Monday morning, within the 72 hours from the found report (R17, 003): the team manager allocates the interview
        // from the return home interview tray.
        await journey.AdvanceToAsync(missingFrom.AddDays(30).AddHours(21));
        await journey.ExpectOpenAsync(episodeId, Offer);
        var manager = await journey.GoAsync(Roles.TeamManager, "/rhi");
        await manager.Locator("#unallocated ~ .mc-table-region table").First.GetByRole(AriaRole.Link, new() { Name = $"Open the return home interview for {name}" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await manager.AssertAccessibleAsync();
        await manager.GetByLabel("Who will do the interview").SelectOptionAsync(new SelectOptionValue { Label = "Rory Interview Worker, Family Wellbeing" });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("rhi-status")).ToHaveTextAsync("Allocated");
        await manager.AssertAccessibleAsync();

        // The worker finds the offer on the child's summary, follows its link, offers the interview, and records consent,
        // the interview and the CE screen; then sends it for authorisation.
        var worker = await journey.GoAsync(Roles.RhiWorker, "/rhi");
        await Assertions.Expect(MedwayJourney.DutyRows(worker, name)).Not.ToHaveCountAsync(0);
        await worker.GotoAsync(summary);
        await worker.AssertAccessibleAsync();
        await MedwayJourney.DutyRows(worker, Offer).GetByRole(AriaRole.Link, new() { Name = "Open the return home interview" }).ClickAsync();
        await Assertions.Expect(worker).ToHaveURLAsync(journey.Url($"/rhi/{rhiId}").ToString());
        await worker.AssertAccessibleAsync();
        await MedwayJourney.FillWhenAsync(worker, "Attempt_At", journey.Now.AddMinutes(-30));
        await worker.GetByLabel("Phone call", new() { Exact = true }).CheckAsync();
        await worker.GetByLabel("Parent or carer", new() { Exact = true }).CheckAsync();
        await worker.GetByLabel("Spoke to them: interview offered", new() { Exact = true }).CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record attempt" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("rhi-status")).ToHaveTextAsync("Offered");
        await worker.AssertAccessibleAsync();
        await worker.Locator("#Consent_Consented").CheckAsync();
        await worker.GetByLabel("Name of the parent or carer").FillAsync("Sam Carer");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("rhi-status")).ToHaveTextAsync("Accepted");
        await worker.AssertAccessibleAsync();
        await MedwayJourney.FillWhenAsync(worker, "Interview_InterviewedAt", journey.Now.AddMinutes(-10));
        await worker.GetByLabel("Where was the interview?").FillAsync("Family home");
        await worker.GetByLabel("Who was present?").FillAsync("Morgan and their carer");
        await worker.GetByLabel("What the child said").FillAsync("Stayed in London with older friends for a month.");
        await worker.GetByLabel("Parents' or carers' views").FillAsync("Relieved; want support with the older friends.");
        await worker.GetByLabel("Risks found").FillAsync("Older associates in London.");
        await worker.Locator("#Interview_ConsentToShare").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the interview" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("rhi-status")).ToHaveTextAsync("Completed");
        await worker.AssertAccessibleAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Send for authorisation" }).ClickAsync();
        await Assertions.Expect(worker.GetByTestId("rhi-status")).ToHaveTextAsync("Awaiting authorisation");
        await worker.AssertAccessibleAsync();
        await worker.GotoAsync(summary);
        await Assertions.Expect(MedwayJourney.DutyRows(worker, Offer)).ToHaveCountAsync(0);
        await journey.ExpectOpenAsync(episodeId, Authorise);

        // R30: the interview team's manager (the profile's rhiAuthorisedBy: Family Wellbeing's) finds it in their queue, reads it on the
        // decision page and authorises it with an outcome.
        var wellbeing = await browser.App.WithDbAsync(db => db.Teams.Where(t => t.Name == "Family Wellbeing").Select(t => new TestData.TestTeam(t.Id, t.Name)).SingleAsync());
        var rhiManager = await new TestData(browser.App).WorkerAsync(Roles.TeamManager, wellbeing);
        var queue = await journey.GoAsync("RhiTeamManager", "/authorisations", rhiManager.Email);
        var item = queue.Locator("[data-testid=authorisation-queue] tbody tr").Filter(new() { HasText = localId });
        await item.GetByRole(AriaRole.Link, new() { Name = Authorise }).ClickAsync();
        await Assertions.Expect(queue.GetByTestId("approval-interview")).ToContainTextAsync("Stayed in London with older friends for a month.");
        await queue.AssertAccessibleAsync();
        await queue.GetByLabel("Authorise it with an outcome").CheckAsync();
        await queue.GetByLabel("Continue current support").CheckAsync();
        await queue.GetByLabel("Rationale, if you authorise it").FillAsync("Interviewed; the long-missing reviews' actions continue with the social worker.");
        await queue.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(queue).ToHaveURLAsync(journey.Url("/authorisations").ToString());
        await Assertions.Expect(item).ToHaveCountAsync(0);
        await queue.AssertAccessibleAsync();

        // The episode is closed, with the condition it closed under, and no duty of it is open anywhere.
        await journey.ExpectOpenAsync(episodeId);
        Assert.Equal(EpisodeStatus.Closed, await browser.App.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Status).SingleAsync()));
        var episode = await journey.GoAsync(Roles.TeamManager, $"/episodes/{episodeId}");
        await Assertions.Expect(episode.GetByTestId("episode-status")).ToContainTextAsync("Closed: ");
        await Assertions.Expect(episode.GetByTestId("closed-reason")).Not.ToHaveCountAsync(0);
        await journey.GoAsync(Roles.TeamManager, summary);
        await Assertions.Expect(episode.GetByTestId("no-open-duties")).ToBeVisibleAsync();
        await episode.ScreenshotAsync($"medway-long-missing-closed-{width}");
    }
}
