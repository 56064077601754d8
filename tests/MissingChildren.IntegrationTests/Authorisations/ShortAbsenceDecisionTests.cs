using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.IntegrationTests.ReturnInterviews;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Authorisations;

/// <summary>The app with Rutland's profile, where R34 applies: short absences of looked-after children.</summary>
public sealed class RutlandSqliteAppFactory : AppFactory
{
    public RutlandSqliteAppFactory()
        : base("Sqlite") => With("Policy:Profile", "Rutland");
}

public sealed class RutlandPostgreSqlAppFactory : AppFactory
{
    public RutlandPostgreSqlAppFactory()
        : base("PostgreSql") => With("Policy:Profile", "Rutland");
}

/// <summary>
/// R34 (004 step 6): a looked-after child's absence under 24 hours gets no RHI of its own; the team manager decides,
/// from the queue, whether one is needed and why. A yes starts an RHI whose 72 hours run from the decision (R17).
/// </summary>
public abstract class ShortAbsenceDecisionTests
{
    private readonly AppFactory _app;
    private readonly RhiTestData _data;

    protected ShortAbsenceDecisionTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new RhiTestData(app);
    }

    /// <summary>The child is reported absent and comes back: the episode id.</summary>
    private async Task<Guid> AbsentAndBackAsync(string localId, double absentHoursAgo, double backHoursAgo)
    {
        var reference = $"R34-{Guid.NewGuid():N}";
        var client = _app.CreateApiClient();
        var (absent, body) = await client.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference, kind = "Absent", child = new { localId },
            missingFrom = RhiTestData.Iso(_data.Now.AddHours(-absentHoursAgo)),
        });
        Assert.Equal(HttpStatusCode.Created, absent.StatusCode);
        var (found, _) = await client.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference + "-F", kind = "Found", child = new { localId }, relatesTo = reference,
            foundAt = RhiTestData.Iso(_data.Now.AddHours(-backHoursAgo)),
        });
        Assert.Equal(HttpStatusCode.Created, found.StatusCode);
        return Guid.Parse((string)body!["episodeId"]!);
    }

    private Task<DutyTask?> DecisionDutyAsync(Guid episodeId) =>
        _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleOrDefaultAsync(t => t.EpisodeId == episodeId && t.RuleId == "R34"));

    private async Task<(HtmlClient Client, HtmlClient.Page Page, DutyTask Duty, Guid EpisodeId)> OpenDecisionAsync()
    {
        var episodeId = await AbsentAndBackAsync(await _data.ChildAsync(15, lookedAfter: true), 8, 2);
        var duty = (await DecisionDutyAsync(episodeId))!;
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);
        var page = await client.GetAsync($"/authorisations/short-absences/{duty.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (client, page, duty, episodeId);
    }

    [Fact]
    public async Task R34_ALookedAfterChildsShortAbsence_AsksTheirTeamManagerToDecide_InTheQueue()
    {
        var now = _data.Now;
        var episodeId = await AbsentAndBackAsync(await _data.ChildAsync(15, lookedAfter: true), 8, 2);

        var duty = await DecisionDutyAsync(episodeId);

        Assert.NotNull(duty);
        Assert.Equal(PolicyRole.TeamManager, duty.AssigneeRole);
        Assert.Equal(TaskType.ReturnHomeInterview, duty.Type);
        var calendar = _app.Services.GetService(typeof(MissingChildren.Domain.Time.WorkingCalendar)) as MissingChildren.Domain.Time.WorkingCalendar;
        Assert.True(duty.DueAt > now && duty.DueAt <= calendar!.AddWorkingDays(now, 1));
        Assert.Null(await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId).SingleAsync()));

        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);
        var queue = await client.GetAsync("/authorisations");
        Assert.NotNull(queue.Document.QuerySelector($"a[href='/authorisations/short-absences/{duty.Id}']"));
    }

    [Fact]
    public async Task R34_ACareLeaversShortAbsence_AsksForTheDecisionToo_AndTheApiKeepsTheInvolvement()
    {
        // R34 (004 step 6): "looked after by the authority, or Care Leavers"; CareLeaver is an involvement of the API.
        var localId = await _data.ChildAsync(19, careLeaver: true);
        var (response, child) = await _app.CreateApiClient(ApiClients.ReaderKey).GetJsonAsync($"/api/v1/children/{localId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"CareLeaver\"", child!.ToJsonString(), StringComparison.Ordinal);

        var episodeId = await AbsentAndBackAsync(localId, 8, 2);

        var duty = await DecisionDutyAsync(episodeId);
        Assert.NotNull(duty);
        Assert.Equal("Short absence of a care leaver: decide whether a return home interview is needed", duty.Title);
    }

    [Fact]
    public async Task R34_NotForAChildNotInCare_NorForAnAbsenceOf24HoursOrMore()
    {
        var notInCare = await AbsentAndBackAsync(await _data.ChildAsync(15), 8, 2);
        var long24 = await AbsentAndBackAsync(await _data.ChildAsync(15, lookedAfter: true), 30, 2);
        await _app.SweepAsync();

        Assert.Null(await DecisionDutyAsync(notInCare));
        Assert.Null(await DecisionDutyAsync(long24));
    }

    [Fact]
    public async Task Page_ShowsTheAbsenceAndItsRepeats()
    {
        var (_, page, _, _) = await OpenDecisionAsync();

        Assert.Equal("Short absence: is a return home interview needed?", page.Heading);
        Assert.Contains("Absent", page.Text, StringComparison.Ordinal);
        Assert.Equal("1 (1 in all)", page.Document.QuerySelector("[data-testid='episodes-90']")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.RhiWorker)]
    [InlineData(Roles.FrontDoor)]
    public async Task Page_ForOtherRoles_Returns403(string role)
    {
        var (_, _, duty, _) = await OpenDecisionAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/authorisations/short-absences/{duty.Id}")).StatusCode);
    }

    [Fact]
    public async Task Page_ForAnotherKindOfDuty_Returns404()
    {
        var other = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.RuleId != "R34").Select(t => t.Id).FirstAsync());
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.HeadOfService);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/authorisations/short-absences/{other}")).StatusCode);
    }

    [Fact]
    public async Task Post_WhenEmpty_ReturnsEachError_AndChangesNothing()
    {
        var (client, page, duty, _) = await OpenDecisionAsync();

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), "main form");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Select whether the child needs a return home interview", "Enter the reason for your decision"], result.ErrorSummary);
        Assert.Equal(DutyStatus.Open, (await DecisionDutyAsync(duty.EpisodeId!.Value))!.Status);
    }

    [Fact]
    public async Task Post_Needed_StartsAnRhiDueIn72HoursFromTheDecision_AndNotesTheReason()
    {
        var (client, page, duty, episodeId) = await OpenDecisionAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        var decidedAt = _data.Now;

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Decision"] = "Needed", ["Reason"] = "Third absence this month; placement under strain." }, "main form");

        var rhiId = await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId).SingleAsync());
        Assert.NotNull(rhiId);
        Assert.Equal($"/rhi/{rhiId}", result.Location);
        var rhi = await _data.LoadAsync(rhiId.Value);
        Assert.Equal(RhiStatus.Requested, rhi.Status);
        Assert.Equal(decidedAt, rhi.RequestedAt);
        Assert.Equal(decidedAt.AddHours(72), rhi.OfferDueAt);
        var offer = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == rhiId && t.RuleId == "R17"));
        Assert.Equal(decidedAt.AddHours(72), offer.DueAt);
        Assert.Equal(DutyStatus.Done, (await DecisionDutyAsync(episodeId))!.Status);
        var note = await _app.WithDbAsync(db => db.CaseNotes.SingleAsync(n => n.EpisodeId == episodeId));
        Assert.Equal("Short absence: return home interview asked for (R34)", note.Title);
        Assert.Equal("Third absence this month; placement under strain.", note.Text);
        Assert.Equal(DemoUsers.EmailFor(Roles.TeamManager), note.WrittenBy);
    }

    [Fact]
    public async Task Post_NotNeeded_ClosesTheDecisionWithoutAnRhi()
    {
        var (client, page, _, episodeId) = await OpenDecisionAsync();

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Decision"] = "NotNeeded", ["Reason"] = "Back within two hours; no concerns from carers." }, "main form");

        Assert.Equal("/authorisations", result.Location);
        Assert.Null(await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId).SingleAsync()));
        var duty = (await DecisionDutyAsync(episodeId))!;
        Assert.Equal(DutyStatus.Done, duty.Status);
        Assert.Equal("No return home interview needed: the manager's decision", duty.ClosedReason);
        Assert.Equal("Short absence: no return home interview needed (R34)", (await _app.WithDbAsync(db => db.CaseNotes.SingleAsync(n => n.EpisodeId == episodeId))).Title);

        var again = await client.GetAsync(result.Location!.Replace("/authorisations", $"/authorisations/short-absences/{duty.Id}", StringComparison.Ordinal));
        Assert.Contains("This has already been decided", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotNeeded_WithTheHeadOfServiceTold_ClosesTheEpisodeSayingWhy()
    {
        var (client, page, _, episodeId) = await OpenDecisionAsync();
        // R10 (004 step 1): the Head of Service was told at once; that duty is done.
        await _app.WithDbAsync(async db =>
        {
            foreach (var duty in await db.DutyTasks.Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open && t.RuleId != "R34").ToListAsync())
            {
                duty.Complete(_data.Now, "Head of Service told");
            }

            return await db.SaveChangesAsync();
        });

        await client.SubmitAsync(page, new Dictionary<string, string?> { ["Decision"] = "NotNeeded", ["Reason"] = "Back within two hours; no concerns from carers." }, "main form");

        // R34, R30: nothing is left to do: the episode closes with the manager's decision as its condition.
        var episode = await client.GetAsync($"/episodes/{episodeId}");
        Assert.StartsWith("Closed: short absence: the manager decided no return home interview was needed",
            episode.Document.QuerySelector("[data-testid='episode-status']")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AfterSomeoneElseDecided_SaysSo_AndChangesNothing()
    {
        var (client, page, duty, episodeId) = await OpenDecisionAsync();
        var other = _app.CreateHtmlClient();
        await other.SignInAsync(Roles.HeadOfService);
        var theirs = await other.GetAsync($"/authorisations/short-absences/{duty.Id}");
        await other.SubmitAsync(theirs, new Dictionary<string, string?> { ["Decision"] = "NotNeeded", ["Reason"] = "Seen by the Head of Service." }, "main form");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Decision"] = "Needed", ["Reason"] = "Concern about the placement." }, "main form");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["This has already been decided"], result.ErrorSummary);
        Assert.Null(await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId).SingleAsync()));
        Assert.Single(await _app.WithDbAsync(db => db.CaseNotes.Where(n => n.EpisodeId == episodeId).ToListAsync()));
    }

    [Fact]
    public async Task Page_ForAnotherTeamsChild_Returns404ToTheirTeamManager()
    {
        var (_, _, duty, _) = await OpenDecisionAsync();
        await _app.WithDbAsync(async db =>
        {
            var task = await db.DutyTasks.SingleAsync(t => t.Id == duty.Id);
            task.AssigneeTeamId = await db.Teams.Where(t => t.Name == MissingChildren.Web.Infrastructure.Seeding.DemoSeeder.TeamNames.FamilySupport).Select(t => t.Id).SingleAsync();
            return await db.SaveChangesAsync();
        });
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/authorisations/short-absences/{duty.Id}")).StatusCode);
    }
}

public sealed class ShortAbsenceDecisionTestsOnSqlite(RutlandSqliteAppFactory app) : ShortAbsenceDecisionTests(app), IClassFixture<RutlandSqliteAppFactory>;

public sealed class ShortAbsenceDecisionTestsOnPostgreSql(RutlandPostgreSqlAppFactory app) : ShortAbsenceDecisionTests(app), IClassFixture<RutlandPostgreSqlAppFactory>;
