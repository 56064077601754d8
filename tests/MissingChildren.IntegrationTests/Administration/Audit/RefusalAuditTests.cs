using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Administration.Audit;

/// <summary>
/// Every refusal is an audit entry with the action "Refused" (ADR 0006): a page a role may not open, a child the access
/// rules keep from the person, an RHI another team holds (answered "not found"), an API call the client's scopes do not
/// allow. The audit search finds them by child and as "Refused".
/// </summary>
public abstract class RefusalAuditTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected RefusalAuditTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task CaseView_RefusedByRole_AndByTheAccessRules_IsRefusedEntryNamingTheChild()
    {
        var child = await _data.ChildAsync("CIN", team: await _data.TeamAsync());
        var police = await _app.SignedInAsync(Roles.Police);
        var otherWorker = await _data.WorkerAsync(Roles.SocialWorker, await _data.TeamAsync());
        var social = await _app.SignedInAsync(otherWorker);

        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await social.GetAsync($"/children/{child.Id}/episodes")).StatusCode);

        var byRole = await AuditedAccess.RefusedAsync(_app, DemoUsers.EmailFor(Roles.Police), child.Id, "Child", $"/children/{child.Id}");
        Assert.Equal(child.Id.ToString(), byRole.EntityId);
        Assert.Contains("403", byRole.Changes!, StringComparison.Ordinal);
        await AuditedAccess.RefusedAsync(_app, otherWorker.Email, child.Id, "Child", $"/children/{child.Id}/episodes");
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var rows = AuditTestData.Rows(await admin.GetAsync($"/admin/audit?Child={child.LocalId}&Action=Refused"));
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("Was refused", r.What, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RhiHeldByAnotherTeam_IsNotFoundToTheWorker_AndARefusedEntry()
    {
        var rhis = new RhiTestData(_app);
        var id = await rhis.RequestedRhiAsync();
        var childId = (await rhis.LoadAsync(id)).ChildId;
        var worker = await _data.WorkerAsync(Roles.RhiWorker, await _data.TeamAsync());
        var client = await _app.SignedInAsync(worker);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rhi/{id}")).StatusCode);

        var entry = await AuditedAccess.RefusedAsync(_app, worker.Email, childId, "ReturnHomeInterview", $"/rhi/{id}");
        Assert.Equal(id.ToString(), entry.EntityId);
    }

    [Theory]
    [InlineData(Roles.SocialWorker, "/front-door/tray")]
    [InlineData(Roles.Police, "/authorisations")]
    [InlineData(Roles.Education, "/rhi")]
    [InlineData(Roles.RhiWorker, "/police")]
    public async Task PageTheRoleMayNotOpen_IsARefusedEntry(string role, string page)
    {
        var worker = await _data.WorkerAsync(role, await _data.TeamAsync());
        var client = await _app.SignedInAsync(worker);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(page)).StatusCode);

        await AuditedAccess.RefusedAsync(_app, worker.Email, null, "Page", page);
    }

    [Fact]
    public async Task ApiCallTheClientMayNotMake_IsARefusedEntryNamingTheRecordAskedFor()
    {
        var child = await _data.ChildAsync();
        var api = _app.CreateApiClient(ApiClients.ReaderKey);

        var (response, _) = await api.PutJsonAsync($"/api/v1/children/{child.LocalId}", new { firstName = "Changed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = await AuditedAccess.RefusedAsync(_app, "reader", null, "Child", $"/api/v1/children/{child.LocalId}");
        Assert.Equal(child.LocalId, entry.EntityId);
    }

    [Fact]
    public async Task SignedOut_GoesToSignIn_AndIsNoRefusal()
    {
        var client = _app.CreateHtmlClient();
        var page = $"/children/{Guid.NewGuid()}";

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(page)).StatusCode);

        Assert.False(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Refused" && a.Changes!.Contains(page))));
    }
}

public sealed class RefusalAuditTestsOnSqlite(SqliteAppFactory app) : RefusalAuditTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RefusalAuditTestsOnPostgreSql(PostgreSqlAppFactory app) : RefusalAuditTests(app), IClassFixture<PostgreSqlAppFactory>;
