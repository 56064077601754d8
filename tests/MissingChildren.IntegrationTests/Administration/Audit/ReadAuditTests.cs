using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.IntegrationTests.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Administration.Audit;

/// <summary>
/// Every read of a child's data is an audit entry (ADR 0006): who, when, which child and record, which page or API call,
/// never what was shown. Pages that list children write one entry per child shown, so "who has seen this child's record"
/// (a subject access request) finds list reads too.
/// </summary>
public abstract class ReadAuditTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;
    private readonly RhiTestData _rhis;

    protected ReadAuditTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
        _rhis = new RhiTestData(app);
    }

    private static string Demo(string role) => DemoUsers.EmailFor(role);

    /// <summary>An open duty of the child's episode, given to a role (and team), as the duty engine raises them.</summary>
    private Task<Guid> DutyAsync(Guid childId, Guid episodeId, TaskType type, string rule, PolicyRole role, Guid? teamId) =>
        _app.WithDbAsync(async db =>
        {
            var task = new DutyTask
            {
                ChildId = childId, EpisodeId = episodeId, Type = type, RuleId = rule, DedupeKey = $"test/{Guid.NewGuid():N}", Title = $"Test {MissingChildren.Web.Infrastructure.Web.Words.Of(type)}",
                Status = DutyStatus.Open, RaisedAt = _data.Now, DueAt = _data.Now.AddHours(1), AssigneeRole = role, AssigneeTeamId = teamId,
            };
            db.DutyTasks.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });

    [Fact]
    public async Task RhiPage_ItsFormPages_ItsLetterAndThePdf_AreEachAReadOfTheChild()
    {
        var id = await _rhis.AllocatedRhiAsync(14);
        var childId = (await _rhis.LoadAsync(id)).ChildId;
        var client = await _app.SignedInAsync(Roles.RhiWorker);

        var page = await client.GetAsync($"/rhi/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = await client.GetAsync($"/rhi/{id}/send-letter");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        await client.SubmitAsync(form, new Dictionary<string, string?> { ["Letter.LivingIndependently"] = "no" });
        var letter = Assert.Single((await _rhis.LoadAsync(id)).Letters);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rhi/{id}/letters/{letter.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri($"/rhi/{id}/letters/{letter.Id}.pdf", UriKind.Relative))).StatusCode);

        var worker = Demo(Roles.RhiWorker);
        Assert.Equal(id.ToString(), (await AuditedAccess.ViewedAsync(_app, worker, childId, "ReturnHomeInterview", $"/rhi/{id}")).EntityId);
        await AuditedAccess.ViewedAsync(_app, worker, childId, "ReturnHomeInterview", $"/rhi/{id}/send-letter");
        Assert.Equal(letter.Id.ToString(), (await AuditedAccess.ViewedAsync(_app, worker, childId, "RhiLetter", $"/rhi/{id}/letters/{letter.Id}")).EntityId);
        var pdf = await AuditedAccess.ViewedAsync(_app, worker, childId, "RhiLetter", $"/rhi/{id}/letters/{letter.Id}.pdf");
        Assert.DoesNotContain(letter.Salutation, pdf.Changes!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EpisodePage_AndTheFrontDoorTray_AreReadsOfTheChild()
    {
        var team = await _data.TeamAsync();
        var child = await _data.ChildAsync("CIN", team: team);
        var episodeId = await _data.MissingAsync(child);
        await _app.WithDbAsync(async db =>
        {
            (await db.Episodes.SingleAsync(e => e.Id == episodeId)).HoldingTeamId = team.Id; // the tray's team filter shows it alone
            return await db.SaveChangesAsync();
        });
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/episodes/{episodeId}")).StatusCode);
        var tray = await client.GetAsync($"/front-door/tray?team={team.Id}");
        Assert.NotNull(tray.Document.QuerySelector($"[data-testid='tray-row'][data-episode='{episodeId}']"));

        var frontDoor = Demo(Roles.FrontDoor);
        Assert.Equal(episodeId.ToString(), (await AuditedAccess.ViewedAsync(_app, frontDoor, child.Id, "MissingEpisode", $"/episodes/{episodeId}")).EntityId);
        await AuditedAccess.ViewedAsync(_app, frontDoor, child.Id, "MissingEpisode", "/front-door/tray");
    }

    [Fact]
    public async Task TriagePage_IsAReadOfEveryCandidateChildShown()
    {
        var child = await _data.ChildAsync();
        var body = await _data.NotifyAsync(_data.Report(TestData.Unique("POL-"), new { firstName = child.LastName, lastName = child.FirstName, dateOfBirth = child.DateOfBirth }));
        var notificationId = Guid.Parse((string)body["notificationId"]!);
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await client.GetAsync($"/front-door/notifications/{notificationId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(child.LastName, page.Text, StringComparison.Ordinal);
        await AuditedAccess.ViewedAsync(_app, Demo(Roles.FrontDoor), child.Id, "Child", $"/front-door/notifications/{notificationId}");
    }

    [Fact]
    public async Task TriageQueue_IsAReadOfEveryCandidateChildItShows()
    {
        var child = await _data.ChildAsync();
        await _data.NotifyAsync(_data.Report(TestData.Unique("POL-"), new { firstName = child.LastName, lastName = child.FirstName, dateOfBirth = child.DateOfBirth }));
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var queue = await client.GetAsync("/front-door");

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        var shown = queue.Document.QuerySelectorAll("form[data-link]").Select(f => Guid.Parse(f.GetAttribute("data-link")!.Split('/')[1])).Distinct().ToList();
        Assert.NotEmpty(shown);
        foreach (var candidate in shown)
        {
            await AuditedAccess.ViewedAsync(_app, Demo(Roles.FrontDoor), candidate, "Child", "/front-door");
        }
    }

    [Fact]
    public async Task AuthorisationQueue_ItsItem_AndASinDraft_AreReadsOfTheChild()
    {
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var child = await _data.ChildAsync("CLA", team: team);
        var episodeId = await _data.ReturnedAsync(child);
        var authorisation = await DutyAsync(child.Id, episodeId, TaskType.ManagerAuthorisation, "R30", PolicyRole.TeamManager, team.Id);
        var sin = await DutyAsync(child.Id, episodeId, TaskType.SeriousIncidentNotification, "R31", PolicyRole.TeamManager, team.Id);
        var client = await _app.SignedInAsync(manager);

        var queue = await client.GetAsync($"/authorisations?team={team.Id}");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/authorisations/{authorisation}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/authorisations/documents/{sin}")).StatusCode);

        var listed = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.Actor == manager.Email && a.ChildId == child.Id && a.Action == "Viewed"
            && a.Changes!.Contains("\"to\":\"/authorisations\"")).Select(a => a.EntityId).ToListAsync());
        Assert.Contains(authorisation.ToString(), listed);
        Assert.Contains(sin.ToString(), listed);
        Assert.Equal(authorisation.ToString(), (await AuditedAccess.ViewedAsync(_app, manager.Email, child.Id, "DutyTask", $"/authorisations/{authorisation}")).EntityId);
        Assert.Equal(sin.ToString(), (await AuditedAccess.ViewedAsync(_app, manager.Email, child.Id, "DutyTask", $"/authorisations/documents/{sin}")).EntityId);
    }

    [Fact]
    public async Task PolicePages_AreReadsOfTheChild()
    {
        var child = await _data.ChildAsync("CIN");
        var episodeId = await _data.MissingAsync(child, hoursAgo: 50);
        var duty = await DutyAsync(child.Id, episodeId, TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting, PolicyRole.Police, null);
        var client = await _app.SignedInAsync(Roles.Police);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/police")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/police/duties/{duty}")).StatusCode);

        var police = Demo(Roles.Police);
        await AuditedAccess.ViewedAsync(_app, police, child.Id, "DutyTask", "/police");
        await AuditedAccess.ViewedAsync(_app, police, child.Id, "DutyTask", $"/police/duties/{duty}");
    }

    [Fact]
    public async Task MyChildren_AndTheCaseView_AreReadsOfTheChild_AndTheSearchFindsThemByChild()
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var child = await _data.ChildAsync("CIN", team: team, worker: worker);
        var client = await _app.SignedInAsync(worker);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/children")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/children/{child.Id}")).StatusCode);

        await AuditedAccess.ViewedAsync(_app, worker.Email, child.Id, "Child", "/children");
        await AuditedAccess.ViewedAsync(_app, worker.Email, child.Id, "Child", $"/children/{child.Id}");
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var search = await admin.GetAsync($"/admin/audit?Child={child.LocalId}&Action=Viewed");
        var rows = AuditTestData.Rows(search);
        Assert.Equal(2, rows.Count(r => r.Record.Contains(child.LocalId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Api_GetChild_GetEpisode_AndGetTriggerPlan_AreReadsByTheClient()
    {
        var child = await _data.ChildAsync("CIN");
        var episodeId = await _data.MissingAsync(child);
        var frontDoor = await _app.SignedInAsync(Roles.FrontDoor);
        var plan = await frontDoor.GetAsync($"/children/{child.Id}/plans/trigger-plan");
        var saved = await frontDoor.SubmitAsync(plan, new Dictionary<string, string?>
        {
            ["Background"] = "Goes to the seafront", ["IfMissing"] = "Phone the police", ["PoliceActions"] = "Check the pier first",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var api = _app.CreateApiClient(ApiClients.ReaderKey);

        Assert.Equal(HttpStatusCode.OK, (await api.GetJsonAsync($"/api/v1/children/{child.LocalId}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetJsonAsync($"/api/v1/episodes/{episodeId}")).Response.StatusCode);
        var (response, body) = await api.GetJsonAsync($"/api/v1/children/{child.LocalId}/trigger-plan");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body!["childId"]);

        await AuditedAccess.ViewedAsync(_app, "reader", child.Id, "Child", $"/api/v1/children/{child.LocalId}");
        await AuditedAccess.ViewedAsync(_app, "reader", child.Id, "MissingEpisode", $"/api/v1/episodes/{episodeId}");
        await AuditedAccess.ViewedAsync(_app, "reader", child.Id, "Plan", $"/api/v1/children/{child.LocalId}/trigger-plan");
    }
}

public sealed class ReadAuditTestsOnSqlite(SqliteAppFactory app) : ReadAuditTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ReadAuditTestsOnPostgreSql(PostgreSqlAppFactory app) : ReadAuditTests(app), IClassFixture<PostgreSqlAppFactory>;
