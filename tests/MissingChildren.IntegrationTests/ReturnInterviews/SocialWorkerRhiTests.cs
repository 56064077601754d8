using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

public sealed class SomersetSqliteAppFactory() : ProfileAppFactory("Sqlite", "Somerset");

public sealed class SomersetPostgreSqlAppFactory() : ProfileAppFactory("PostgreSql", "Somerset");

/// <summary>
/// R7 (002 §4.3, Somerset): a child under 8 is directed to Children's Social Care: their social worker, given the offer
/// of the interview, opens it from the child's summary, takes it on and arranges it; their manager may allocate it to
/// them. Other teams' social workers cannot open it.
/// </summary>
public abstract class UnderEightRhiTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected UnderEightRhiTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private async Task<(TestData.TestWorker Worker, TestData.TestChild Child, Guid RhiId)> YoungChildReturnedAsync()
    {
        _app.AdvanceIntoWorkingHours();
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var child = await _data.ChildAsync("CIN", team, worker, dateOfBirth: _data.BornYearsAgo(6));
        var rhiId = await _data.ReturnHomeInterviewOfAsync(await _data.ReturnedAsync(child));
        return (worker, child, rhiId);
    }

    [Fact]
    public async Task R7_TheSocialWorkerFollowsTheOfferFromTheSummary_TakesItOn_AndRecordingConsentClosesIt()
    {
        var (worker, child, rhiId) = await YoungChildReturnedAsync();
        var offer = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.ReturnHomeInterviewId == rhiId && t.RuleId == RuleIds.RhiOffer));
        Assert.Equal((PolicyRole.SocialWorker, worker.Id), (offer.AssigneeRole, offer.AssigneeUserId));
        var client = await _app.SignedInAsync(worker);

        var summary = await client.GetAsync($"/children/{child.Id}");
        var link = summary.Document.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/rhi/{rhiId}");
        var page = await client.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var taken = await client.SubmitAsync(page, new Dictionary<string, string?>(), "form[action$='/take-on']");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        page = await client.GetAsync($"/rhi/{rhiId}");
        var consented = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["Consent.Consented"] = "yes", ["Consent.GivenByName"] = "Pat Parent",
        }, RhiTestData.Form("Consent"));

        Assert.Equal(HttpStatusCode.Redirect, consented.StatusCode);
        var rhi = await new RhiTestData(_app).LoadAsync(rhiId);
        Assert.Equal((RhiStatus.Accepted, worker.Id, worker.TeamId), (rhi.Status, rhi.AllocatedWorkerId, rhi.AllocatedTeamId));
        Assert.Equal(DutyStatus.Done, (await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == offer.Id))).Status);
    }

    [Fact]
    public async Task R7_TheTeamManagerMayAllocateItToTheChildsSocialWorker()
    {
        var (worker, _, rhiId) = await YoungChildReturnedAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, new TestData.TestTeam(worker.TeamId!.Value, ""));
        var client = await _app.SignedInAsync(manager);
        var page = await client.GetAsync($"/rhi/{rhiId}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Allocate.WorkerId"] = worker.Id }, RhiTestData.Form("Allocate"));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal(worker.Id, (await new RhiTestData(_app).LoadAsync(rhiId)).AllocatedWorkerId);
    }

    [Fact]
    public async Task R7_ASocialWorkerOfAnotherTeam_CannotOpenIt()
    {
        var (_, _, rhiId) = await YoungChildReturnedAsync();
        var other = await _data.WorkerAsync(Roles.SocialWorker, await _data.TeamAsync());
        var client = await _app.SignedInAsync(other);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rhi/{rhiId}")).StatusCode);
    }
}

public sealed class UnderEightRhiTestsOnSqlite(SomersetSqliteAppFactory app) : UnderEightRhiTests(app), IClassFixture<SomersetSqliteAppFactory>;

public sealed class UnderEightRhiTestsOnPostgreSql(SomersetPostgreSqlAppFactory app) : UnderEightRhiTests(app), IClassFixture<SomersetPostgreSqlAppFactory>;

/// <summary>
/// R23 (001 §2.6, North Somerset): a child in care chose an independent person; the duty to ask the independent
/// service goes to their social worker, who opens the RHI from the child's summary and records the request there.
/// </summary>
public abstract class LookedAfterChoiceDutyTests
{
    private readonly AppFactory _app;

    protected LookedAfterChoiceDutyTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task R23_TheSocialWorkerOpensTheRhiFromTheSummary_AndRecordingTheRequestClosesTheirDuty()
    {
        _app.AdvanceIntoWorkingHours();
        var data = new RhiTestData(_app);
        var rhiId = await data.AllocatedRhiAsync(lookedAfter: true);
        var rhiWorker = await _app.SignedInAsync(Roles.RhiWorker);
        var choice = await rhiWorker.SubmitAsync(await rhiWorker.GetAsync($"/rhi/{rhiId}"),
            new Dictionary<string, string?> { ["Choice.Choice"] = nameof(InterviewerChoice.IndependentPerson) }, RhiTestData.Form("Choice"));
        Assert.Equal(HttpStatusCode.Redirect, choice.StatusCode);
        await _app.SweepAsync();
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking()
            .SingleAsync(t => t.ReturnHomeInterviewId == rhiId && t.RuleId == RuleIds.LookedAfterChoice && t.Status == DutyStatus.Open));
        Assert.Equal(PolicyRole.SocialWorker, duty.AssigneeRole);
        var childId = (await data.LoadAsync(rhiId)).ChildId;
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var summary = await client.GetAsync($"/children/{childId}");
        var page = await client.GetAsync(summary.Document.QuerySelectorAll("a").First(a => a.GetAttribute("href") == $"/rhi/{rhiId}").GetAttribute("href")!);
        var result = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["Choice.Choice"] = nameof(InterviewerChoice.IndependentPerson), ["Choice.RequestMade"] = "true",
        }, RhiTestData.Form("Choice"));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal(DutyStatus.Done, (await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id))).Status);
        Assert.NotNull((await data.LoadAsync(rhiId)).IndependentRequestedAt);
    }
}

public sealed class LookedAfterChoiceDutyTestsOnSqlite(SqliteAppFactory app) : LookedAfterChoiceDutyTests(app), IClassFixture<SqliteAppFactory>;

public sealed class LookedAfterChoiceDutyTestsOnPostgreSql(PostgreSqlAppFactory app) : LookedAfterChoiceDutyTests(app), IClassFixture<PostgreSqlAppFactory>;
