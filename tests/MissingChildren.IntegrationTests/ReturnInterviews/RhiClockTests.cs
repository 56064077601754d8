using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// Where the clocks start and how each deadline explains itself on screen: R17 per profile, R18 from the return, R19
/// allocation and R21 completion and write-up as duties closed through the RHI's pages, and a late missing report's
/// duties cancelled as never due once the found report shows the child was back. Each test has its own app and profile;
/// the clock is Friday 20 November 2026, 14:00 UTC.
/// </summary>
public abstract class RhiClockTests(string provider)
{
    private async Task<AppFactory> AppAsync(string profile)
    {
        AppFactory.SkipUnlessAvailable(provider);
        AppFactory app = provider == "PostgreSql" ? new PostgreSqlAppFactory() : new SqliteAppFactory();
        app.With("Policy:Profile", profile);
        await app.InitializeAsync();
        return app;
    }

    private static string Explanations(HtmlClient.Page page) =>
        string.Join(" | ", page.Document.QuerySelectorAll("[data-testid=due-explanation] .govuk-details__text").Select(e => e.TextContent.Trim()));

    [Fact]
    public async Task R17_NorthSomerset_The72HoursRunFromTheReturn_AndTheRhiEpisodeAndCasePagesSayHow()
    {
        await using var app = await AppAsync("NorthSomerset");
        var data = new RhiTestData(app);
        var localId = await data.ChildAsync(14);

        // Found 20 hours ago; the found report reaches us now.
        var episodeId = await data.ReturnAsync(localId, missingHoursAgo: 30, foundHoursAgo: 20);
        var rhi = await data.LoadAsync(await data.RhiOfAsync(episodeId));

        Assert.Equal(data.Now.AddHours(-20).AddHours(72), rhi.OfferDueAt);
        var manager = app.CreateHtmlClient();
        await manager.SignInAsync(Roles.TeamManager);
        var rhiPage = Explanations(await manager.GetAsync($"/rhi/{rhi.Id}"));
        Assert.Contains("R17, North Somerset profile. The clock started Thu 19 Nov 2026 18:00 GMT: the child's return", rhiPage, StringComparison.Ordinal);
        Assert.Contains("72 clock hours later (nights, weekends and bank holidays count) is Sun 22 Nov 2026 18:00 GMT.", rhiPage, StringComparison.Ordinal);
        Assert.Contains("the child's return", Explanations(await manager.GetAsync($"/episodes/{episodeId}")), StringComparison.Ordinal);
        Assert.Contains("the child's return", Explanations(await manager.GetAsync($"/children/{rhi.ChildId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R17_R18_Somerset_TheOfferRunsFromTheServiceBeingInformed_TheSocialWorkerContactFromTheReturn()
    {
        await using var app = await AppAsync("Somerset");
        var data = new RhiTestData(app);
        var localId = await data.ChildAsync(14, lookedAfter: true);

        var episodeId = await data.ReturnAsync(localId, missingHoursAgo: 30, foundHoursAgo: 20);
        var rhi = await data.LoadAsync(await data.RhiOfAsync(episodeId));
        var contact = await app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.EpisodeId == episodeId && t.RuleId == RuleIds.SocialWorkerContact));

        Assert.Equal(data.Now.AddHours(72), rhi.OfferDueAt); // 002 §3.1: informed when the found report arrived, now
        Assert.Equal(data.Now.AddHours(-20).AddHours(48), contact.DueAt); // 002 §5.1: 48 hours from the return itself
        Assert.Contains("the child's return, the found time on the police report", contact.DueExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R19_R21_Somerset_AllocationCompletionAndWriteUpAreDuties_EachClosedByTheStepThatDoesIt()
    {
        await using var app = await AppAsync("Somerset");
        var data = new RhiTestData(app);
        var rhiId = await data.RhiOfAsync(await data.ReturnAsync(await data.ChildAsync(14), missingHoursAgo: 30, foundHoursAgo: 20));
        Task<DutyTask> DutyAsync(string rule, string qualifier) =>
            app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.DedupeKey == DutyEngine.RhiDutyKey(rhiId, rule, TaskType.ReturnHomeInterview, qualifier)));

        // R19: Fri 14:00 → the same time on Monday, for the RHI service's manager; the RHI page says how.
        var allocate = await DutyAsync(RuleIds.RhiAllocation, DutyEngine.AllocateQualifier);
        Assert.Equal((DutyStatus.Open, Domain.Policy.PolicyRole.TeamManager), (allocate.Status, allocate.AssigneeRole));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero), allocate.DueAt);
        var manager = app.CreateHtmlClient();
        await manager.SignInAsync(Roles.TeamManager);
        var page = await manager.GetAsync($"/rhi/{rhiId}");
        Assert.Contains("\"Within 24 hours during core working hours\" reads as the same time on the next working day", Explanations(page), StringComparison.Ordinal);
        var workerId = page.Document.QuerySelector("#Allocate_WorkerId option[value]:not([value=''])")!.GetAttribute("value");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(page, new Dictionary<string, string?> { ["Allocate.WorkerId"] = workerId }, "form[action$='/allocate']")).StatusCode);
        allocate = await DutyAsync(RuleIds.RhiAllocation, DutyEngine.AllocateQualifier);
        Assert.Equal((DutyStatus.Done, "Allocated to a worker"), (allocate.Status, allocate.ClosedReason));

        // R21: accepted Fri 20 Nov: held within 3 working days, skipping the weekend: Wed 25 Nov 17:00.
        var worker = app.CreateHtmlClient();
        await worker.SignInAsync(Roles.RhiWorker);
        page = await worker.GetAsync($"/rhi/{rhiId}");
        page = await worker.GetAsync((await worker.SubmitAsync(page, new Dictionary<string, string?> { ["Consent.Consented"] = "yes", ["Consent.GivenByName"] = "Sam Parent" }, "form[action$='/consent']")).Location!);
        await app.SweepAsync();
        var complete = await DutyAsync(RuleIds.RhiCompletion, DutyEngine.CompleteQualifier);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero), complete.DueAt);
        Assert.Equal(workerId, complete.AssigneeUserId); // the allocated worker holds it
        Assert.Contains("skipping Sat 21 Nov (weekend), Sun 22 Nov (weekend)", Explanations(await worker.GetAsync($"/rhi/{rhiId}")), StringComparison.Ordinal);

        var now = data.Now;
        page = await worker.GetAsync((await worker.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["Interview.InterviewedAt.Day"] = now.Day.ToString(CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Month"] = now.Month.ToString(CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Year"] = now.Year.ToString(CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Time"] = now.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Interview.Location"] = "School",
            ["Interview.PeoplePresent"] = "The child",
            ["Interview.ChildAccount"] = "Went to a party.",
            ["Interview.RisksIdentified"] = "Older associates.",
            ["Interview.ConsentToShare"] = "no",
        }, "form[action$='/interview']")).Location!);
        Assert.Equal((DutyStatus.Done, "Interview held"), ((await DutyAsync(RuleIds.RhiCompletion, DutyEngine.CompleteQualifier)).Status,
            (await DutyAsync(RuleIds.RhiCompletion, DutyEngine.CompleteQualifier)).ClosedReason));

        // R21 (002 §4.14): written up within 48 hours of the interview, shown on the RHI page; done by sending it.
        await app.SweepAsync();
        var writeUp = await DutyAsync(RuleIds.RhiCompletion, DutyEngine.WriteUpQualifier);
        Assert.Equal((DutyStatus.Open, now.AddHours(48)), (writeUp.Status, writeUp.DueAt));
        page = await worker.GetAsync($"/rhi/{rhiId}");
        Assert.Contains("Sun 22 Nov 2026 14:00", page.Document.QuerySelector("[data-testid=write-up-due]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("the interview being held (002 §4.14)", Explanations(page), StringComparison.Ordinal);
        page = await worker.GetAsync((await worker.SubmitAsync(page, new Dictionary<string, string?> { ["Ce.Outcome"] = "NoConcerns" }, "form[action$='/ce-screen']")).Location!);
        Assert.Equal(HttpStatusCode.Redirect, (await worker.SubmitAsync(page, new Dictionary<string, string?>(), "form[action$='/send']")).StatusCode);
        writeUp = await DutyAsync(RuleIds.RhiCompletion, DutyEngine.WriteUpQualifier);
        Assert.Equal((DutyStatus.Done, "Record written up and sent for authorisation"), (writeUp.Status, writeUp.ClosedReason));
        Assert.Equal(RhiStatus.AwaitingAuthorisation, (await data.LoadAsync(rhiId)).Status);
    }

    [Fact]
    public async Task R19_Somerset_AnRhiLeftUnallocatedEscalatesLikeEveryOtherDuty()
    {
        await using var app = await AppAsync("Somerset");
        var data = new RhiTestData(app);
        var rhiId = await data.RhiOfAsync(await data.ReturnAsync(await data.ChildAsync(14), missingHoursAgo: 30, foundHoursAgo: 20));
        var key = DutyEngine.RhiDutyKey(rhiId, RuleIds.RhiAllocation, TaskType.ReturnHomeInterview, DutyEngine.AllocateQualifier);
        var allocate = await app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.DedupeKey == key));

        app.Clock.Advance(allocate.DueAt.AddDays(3) - data.Now);
        await app.SweepAsync();

        var escalated = await app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.DedupeKey == key));
        Assert.True(escalated.EscalationLevel >= EscalationLevel.TeamManager);
        Assert.True(await app.WithDbAsync(db => db.Notices.AnyAsync(n => n.DutyTaskId == escalated.Id)));
    }

    [Fact]
    public async Task R33_Medway_ALateMissingReportsDutyIsCancelledAsNeverDue_WhileALateReportStillGetsWhatWasReallyDue()
    {
        await using var app = await AppAsync("Medway");
        var data = new RhiTestData(app);
        var client = app.CreateApiClient();
        async Task<Guid> NotifyAsync(string localId, string reference, double missingHoursAgo, double? foundHoursAgo)
        {
            var (missing, body) = await client.PostJsonAsync("/api/v1/notifications", new
            {
                source = "Police", sourceReference = reference, kind = "Missing", child = new { localId },
                missingFrom = RhiTestData.Iso(data.Now.AddHours(-missingHoursAgo)), reportedAt = RhiTestData.Iso(data.Now.AddHours(-missingHoursAgo).AddMinutes(30)),
                policeRiskLevel = "Medium",
            });
            Assert.Equal(HttpStatusCode.Created, missing.StatusCode);
            if (foundHoursAgo is { } foundAgo)
            {
                var (found, _) = await client.PostJsonAsync("/api/v1/notifications", new
                {
                    source = "Police", sourceReference = reference + "-F", kind = "Found", child = new { localId }, relatesTo = reference,
                    foundAt = RhiTestData.Iso(data.Now.AddHours(-foundAgo)),
                });
                Assert.Equal(HttpStatusCode.Created, found.StatusCode);
            }

            return Guid.Parse((string)body!["episodeId"]!);
        }

        Task<DutyTask> MeetingAsync(Guid episodeId) =>
            app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.ProfessionalsMeeting));

        // The missing report arrives 50 hours late: "missing 48 hours" raises a professionals meeting (R33).
        var lateChild = await data.ChildAsync(14);
        var reference = $"LATE-{Guid.NewGuid():N}";
        var episodeId = await NotifyAsync(lateChild, reference, missingHoursAgo: 50, foundHoursAgo: null);
        Assert.Equal(DutyStatus.Open, (await MeetingAsync(episodeId)).Status);

        // The found report shows the child was back 5 hours after going missing: the meeting was never due.
        var (found, _) = await client.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference + "-F", kind = "Found", child = new { localId = lateChild }, relatesTo = reference,
            foundAt = RhiTestData.Iso(data.Now.AddHours(-45)),
        });
        Assert.Equal(HttpStatusCode.Created, found.StatusCode);
        var meeting = await MeetingAsync(episodeId);
        Assert.Equal(DutyStatus.Cancelled, meeting.Status);
        Assert.StartsWith("Never due: the found report shows the child was found Wed 18 Nov 2026 17:00 GMT, 5 hours after they were last seen", meeting.ClosedReason, StringComparison.Ordinal);
        var frontDoor = app.CreateHtmlClient();
        await frontDoor.SignInAsync(Roles.FrontDoor);
        var episodePage = await frontDoor.GetAsync($"/episodes/{episodeId}");
        Assert.Contains(episodePage.Document.QuerySelectorAll("[data-testid=closed-reason]"), e => e.TextContent.StartsWith("Never due:", StringComparison.Ordinal));

        // Missing 60 hours and found 10 hours ago, both reports arriving now: the meeting was really due, and is raised.
        var episodeReallyDue = await NotifyAsync(await data.ChildAsync(14), $"LATE-{Guid.NewGuid():N}", missingHoursAgo: 60, foundHoursAgo: 10);
        Assert.Equal(DutyStatus.Open, (await MeetingAsync(episodeReallyDue)).Status);
    }
}

public sealed class RhiClockTestsOnSqlite() : RhiClockTests("Sqlite");

public sealed class RhiClockTestsOnPostgreSql() : RhiClockTests("PostgreSql");
