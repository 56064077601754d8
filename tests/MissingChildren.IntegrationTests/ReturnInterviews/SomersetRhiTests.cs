using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// The RHI with the Somerset profile, where one RHI covers every episode open at once (R26) and the R20 contact
/// pattern applies. Each test has its own app (SQLite).
/// </summary>
public sealed class SomersetRhiTests
{
    private static Task<SqliteAppFactory> SomersetAsync() => RhiTestData.AppWithProfileAsync("Somerset");

    private static Dictionary<string, string?> Attempt(DateTimeOffset utc) => RhiTestData.UnansweredCall(utc);

    [Fact]
    public async Task R26_ASecondReturnWhileTheRhiIsOpen_JoinsTheSameRhi_AndEachEpisodeIsFinalisedOnItsOwn()
    {
        await using var app = await SomersetAsync();
        var data = new RhiTestData(app);
        var localId = await data.ChildAsync(14);

        var first = await data.ReturnAsync(localId, missingHoursAgo: 30, foundHoursAgo: 20);
        var second = await data.ReturnAsync(localId, missingHoursAgo: 6, foundHoursAgo: 1);

        var rhiId = await data.RhiOfAsync(first);
        Assert.Equal(rhiId, await data.RhiOfAsync(second));
        Assert.Equal(1, await app.WithDbAsync(db => db.ReturnHomeInterviews.CountAsync(r => r.Id == rhiId || db.Episodes.Any(e => e.ReturnHomeInterviewId == r.Id && (e.Id == first || e.Id == second)))));

        // The manager allocates; the worker records consent, the interview and the CE screen (R28: 13 and over), then sends it.
        var manager = app.CreateHtmlClient();
        await manager.SignInAsync(Roles.TeamManager);
        var page = await manager.GetAsync($"/rhi/{rhiId}");
        Assert.Equal(2, page.Document.QuerySelectorAll("[data-testid=episodes] li").Length);
        var workerId = page.Document.QuerySelector("#Allocate_WorkerId option[value]:not([value=''])")!.GetAttribute("value");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(page, new Dictionary<string, string?> { ["Allocate.WorkerId"] = workerId }, "form[action$='/allocate']")).StatusCode);

        var worker = app.CreateHtmlClient();
        await worker.SignInAsync(Roles.RhiWorker);
        var (_, row) = await RhiTestData.TrayRowAsync(worker, rhiId);
        Assert.Equal("2", row.QuerySelectorAll("td")[1].TextContent.Trim());

        page = await worker.GetAsync($"/rhi/{rhiId}");
        page = await worker.GetAsync((await worker.SubmitAsync(page, new Dictionary<string, string?> { ["Consent.Consented"] = "yes", ["Consent.GivenByName"] = "Sam Parent" }, "form[action$='/consent']")).Location!);
        var accepted = await data.LoadAsync(rhiId);
        Assert.Equal(app.Clock.GetUtcNow(), accepted.AcceptedAt);
        Assert.True(accepted.CompleteDueAt > accepted.AcceptedAt); // R21: 3 working days (unit-tested in ReturnInterviewRulesTests)

        var now = app.Clock.GetUtcNow();
        page = await worker.GetAsync((await worker.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["Interview.InterviewedAt.Day"] = now.Day.ToString(CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Month"] = now.Month.ToString(CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Year"] = now.Year.ToString(CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Time"] = now.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Interview.Location"] = "School",
            ["Interview.PeoplePresent"] = "The child",
            ["Interview.ChildAccount"] = "Went to a party twice.",
            ["Interview.RisksIdentified"] = "Older associates.",
            ["Interview.ConsentToShare"] = "no",
        }, "form[action$='/interview']")).Location!);
        Assert.NotNull(page.Document.QuerySelector("[data-testid='do-not-share']")); // R27 (002 §4.15): the child did not agree
        page = await worker.GetAsync((await worker.SubmitAsync(page, new Dictionary<string, string?> { ["Ce.Outcome"] = "NoConcerns" }, "form[action$='/ce-screen']")).Location!);
        var sent = await worker.SubmitAsync(page, new Dictionary<string, string?>(), "form[action$='/send']");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var duties = await app.WithDbAsync(db => db.DutyTasks.Where(t => t.ReturnHomeInterviewId == rhiId && t.Type == TaskType.ManagerAuthorisation).ToListAsync());
        Assert.Equal(new[] { first, second }.Order(), duties.Select(d => d.EpisodeId!.Value).Order());
        Assert.All(duties, d => Assert.Equal("R30", d.RuleId));
        Assert.Equal(RhiStatus.AwaitingAuthorisation, (await data.LoadAsync(rhiId)).Status);
    }

    [Fact]
    public async Task R26_AReturnAfterTheRhiWasSentForAuthorisation_StartsANewRhi()
    {
        await using var app = await SomersetAsync();
        var data = new RhiTestData(app);
        var localId = await data.ChildAsync(14);
        var first = await data.RhiOfAsync(await data.ReturnAsync(localId, missingHoursAgo: 30, foundHoursAgo: 20));
        await app.WithDbAsync(async db =>
        {
            (await db.ReturnHomeInterviews.SingleAsync(r => r.Id == first)).Status = RhiStatus.AwaitingAuthorisation;
            return await db.SaveChangesAsync();
        });

        var second = await data.RhiOfAsync(await data.ReturnAsync(localId, missingHoursAgo: 6, foundHoursAgo: 1));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task R20_NoContact_IsRefusedUntilThePatternIsMet_AndThePageSaysWhatIsMissing()
    {
        await using var app = await SomersetAsync();
        var data = new RhiTestData(app);
        var rhiId = await data.AllocatedRhiAsync(14);
        var worker = app.CreateHtmlClient();
        await worker.SignInAsync(Roles.RhiWorker);
        var noContact = new Dictionary<string, string?>
        {
            ["NoInterview.Outcome"] = "NoContact", ["NoInterview.Reasons"] = "No reply by phone or at the door.", ["NoInterview.SupportOffered"] = "Letter with contact details.",
        };

        // Friday 14:00: an afternoon attempt in core hours.
        var page = await worker.GetAsync($"/rhi/{rhiId}");
        page = await worker.GetAsync((await worker.SubmitAsync(page, Attempt(app.Clock.GetUtcNow()), "form[action$='/attempt']")).Location!);
        Assert.Contains("Still needed: 2 more attempts; attempts at different times of day (morning, afternoon and evening); an attempt outside core hours",
            page.Document.QuerySelector("[data-testid=pattern]")!.TextContent, StringComparison.Ordinal);
        var refused = await worker.SubmitAsync(page, noContact, "form[action$='/no-interview']");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            ["Before recording no contact, make 2 more attempts, attempts at different times of day (morning, afternoon and evening), an attempt outside core hours, then send the letter offering the interview"],
            refused.ErrorSummary);

        // Friday 19:00 (outside core hours) and Monday 10:00 (morning).
        // (Signing in again after each move of the clock: the session does not last a weekend.)
        app.Clock.Advance(TimeSpan.FromHours(5));
        worker = app.CreateHtmlClient();
        await worker.SignInAsync(Roles.RhiWorker);
        page = await worker.GetAsync((await worker.SubmitAsync(await worker.GetAsync($"/rhi/{rhiId}"), Attempt(app.Clock.GetUtcNow()), "form[action$='/attempt']")).Location!);
        app.Clock.Advance(TimeSpan.FromHours(63));
        worker = app.CreateHtmlClient();
        await worker.SignInAsync(Roles.RhiWorker);
        page = await worker.GetAsync((await worker.SubmitAsync(await worker.GetAsync($"/rhi/{rhiId}"), Attempt(app.Clock.GetUtcNow()), "form[action$='/attempt']")).Location!);

        Assert.Contains("The contact pattern is met", page.Document.QuerySelector("[data-testid=pattern]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No letter sent yet", page.Document.QuerySelector("[data-testid=letter-state]")!.TextContent, StringComparison.Ordinal);

        // R20 (002 §4.6): the letter follows the attempts; until it is sent, no contact is still refused, and says why.
        var noLetter = await worker.SubmitAsync(page, noContact, "form[action$='/no-interview']");
        Assert.Equal(HttpStatusCode.BadRequest, noLetter.StatusCode);
        Assert.Equal(["Before recording no contact, send the letter offering the interview"], noLetter.ErrorSummary);
        Assert.NotEqual(RhiStatus.NoContact, (await data.LoadAsync(rhiId)).Status);
        var letter = await worker.SubmitAsync(await worker.GetAsync($"/rhi/{rhiId}/send-letter"), new Dictionary<string, string?> { ["Letter.LivingIndependently"] = "no" }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, letter.StatusCode);
        page = await worker.GetAsync($"/rhi/{rhiId}");
        Assert.Contains("The letter offering the interview has been sent", page.Document.QuerySelector("[data-testid=letter-state]")!.TextContent, StringComparison.Ordinal);

        var recorded = await worker.SubmitAsync(page, noContact, "form[action$='/no-interview']");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var rhi = await data.LoadAsync(rhiId);
        Assert.Equal(RhiStatus.NoContact, rhi.Status);
        Assert.Null(rhi.InterviewedAt);
    }
}
