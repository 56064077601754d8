using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Administration;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Web;
using static MissingChildren.IntegrationTests.Administration.Clients.ClientPages;

namespace MissingChildren.IntegrationTests.Administration.Clients;

/// <summary>
/// Keys made on <c>/admin/clients</c> at work on the API: within their scopes, refused once revoked, the old key
/// during a rotation's overlap and not after, when a client was last used, and changes made on another web node.
/// </summary>
public abstract class ClientKeyTests
{
    private readonly AppFactory _app;

    protected ClientKeyTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private static object Missing(string reference) => new
    {
        source = "Police", sourceReference = reference, kind = "Missing", child = new { localId = "P121" },
        missingFrom = "2026-11-20T10:00:00+00:00", reportedAt = "2026-11-20T11:00:00+00:00", policeRiskLevel = "Medium",
    };

    /// <summary>A read of a child: a council client reads any child, a police client only one it reported (P121, in <see cref="Missing"/>).</summary>
    private Task<HttpStatusCode> ReadAsync(string key, string localId = "P100") => StatusAsync(_app.CreateApiClient(key).GetJsonAsync($"/api/v1/children/{localId}"));

    private static async Task<HttpStatusCode> StatusAsync(Task<(HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode? Body)> call) =>
        (await call).Response.StatusCode;

    [Fact]
    public async Task CreatedKey_CallsTheApi_WithinItsScopes_AsItsAgency()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var name = NewName();
        var (_, key, _) = await _app.CreateAsync(admin, name, "Police", "notifications:write", "read");

        var (created, body) = await _app.CreateApiClient(key).PostJsonAsync("/api/v1/notifications", Missing($"NEW-{Guid.NewGuid():N}"));
        var (refused, problem) = await _app.CreateApiClient(key).PutJsonAsync("/api/v1/children/P121", new { firstName = "A", lastName = "B" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(key, "P121"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("This API key does not have the 'children:write' scope.", (string?)problem!["detail"]);
        var notificationId = (string)body!["notificationId"]!;
        Assert.Equal(name, await _app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == notificationId).Select(e => e.Actor).FirstAsync()));
    }

    [Fact]
    public async Task ConfiguredClients_StillWork_AlongsideCreatedOnes()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var (_, key, _) = await _app.CreateAsync(admin, NewName(), "ChildrensSocialCare", "read");

        await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", Missing($"NEW-{Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(ApiClients.PoliceKey, "P121"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(ApiClients.ReaderKey));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(key));
    }

    [Fact]
    public async Task RevokedKey_Gets401_ExactlyAsAnUnknownKey()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var (id, key, _) = await _app.CreateAsync(admin, NewName(), "ChildrensSocialCare");
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(key));

        await RevokeAsync(admin, id);
        var (revoked, body) = await _app.CreateApiClient(key).GetJsonAsync("/api/v1/children/P100");
        var (unknown, unknownBody) = await _app.CreateApiClient(key[..^1] + (key[^1] == 'A' ? 'B' : 'A')).GetJsonAsync("/api/v1/children/P100");

        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal("application/problem+json", revoked.Content.Headers.ContentType?.MediaType);
        Assert.Equal(unknown.StatusCode, revoked.StatusCode);
        Assert.Equal((string?)unknownBody!["detail"], (string?)body!["detail"]);
        Assert.Equal("The API key is not recognised.", (string?)body["detail"]);
    }

    [Fact]
    public async Task Rotation_TheOldKeyWorksUntilTheOverlapEnds_AndNotAfter_TheNewKeyAtOnce()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var name = NewName();
        var (id, oldKey, _) = await _app.CreateAsync(admin, name, "ChildrensSocialCare");
        var rotatedAt = _app.Clock.GetUtcNow();

        var newKey = await RotateAsync(admin, id, 1);

        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(newKey));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(oldKey));
        var row = await RowAsync(admin, name);
        Assert.Equal($"Active Previous key valid until {DeadlineText.Local(rotatedAt.AddHours(1))}", row["client-state"]);
        Assert.Equal(DeadlineText.Local(rotatedAt), row["client-rotated"]);
        Assert.Equal(newKey[..6] + "…", row["client-key-hint"]);

        _app.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(oldKey));

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadAsync(oldKey));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(newKey));
        Assert.Equal("Active", (await RowAsync(admin, name))["client-state"]);
    }

    [Fact]
    public async Task Rotation_WithNoOverlap_StopsTheOldKeyAtOnce()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var (id, oldKey, _) = await _app.CreateAsync(admin, NewName(), "ChildrensSocialCare");

        var newKey = await RotateAsync(admin, id, 0);

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadAsync(oldKey));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(newKey));
    }

    [Fact]
    public async Task LastUsed_IsShownAfterUse_WrittenAtMostOnceAMinute_WithoutMakingAnAdministratorsFormStale()
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var name = NewName();
        var (id, key, _) = await _app.CreateAsync(admin, name, "ChildrensSocialCare");
        var rotateForm = await admin.GetAsync(Rotate(id));
        var firstUse = _app.Clock.GetUtcNow();

        await ReadAsync(key);
        _app.Clock.Advance(TimeSpan.FromSeconds(40));
        await ReadAsync(key);

        Assert.Equal(DeadlineText.Local(firstUse), (await RowAsync(admin, name))["client-last-used"]);
        Assert.Equal(firstUse, (await _app.StoredAsync(id)).LastUsedAt);

        _app.Clock.Advance(TimeSpan.FromSeconds(25));
        await ReadAsync(key);
        Assert.Equal(firstUse.AddSeconds(65), (await _app.StoredAsync(id)).LastUsedAt);

        // Recording use changed neither the version an administrator's open form holds nor the audit log.
        Assert.NotNull(IssuedKey(await admin.SubmitAsync(rotateForm, [("OverlapHours", "1")])));
        var changes = await _app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString() && e.Action == "Modified").Select(e => e.Changes).ToListAsync());
        Assert.Single(changes); // the rotation
        Assert.DoesNotContain("LastUsedAt", changes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangesMadeOnAnotherNode_TakeEffectHereWithinTheStalenessBound()
    {
        // Another node writes to the shared database; this node's copy of the clients is not told.
        var key = ApiKeys.Generate();
        var id = await _app.WithDbAsync(async db =>
        {
            var client = new ApiClient
            {
                Name = NewName(), Agency = Agency.ChildrensSocialCare, Scopes = "read", KeyHash = ApiKeys.Hash(key), KeyHint = ApiKeys.Hint(key),
                CreatedAt = _app.Clock.GetUtcNow(), CreatedBy = "administrator@other-node",
            };
            db.ApiClients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

        _app.Clock.Advance(DatabaseClientKeys.MissRefreshInterval);
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(key));

        await _app.WithDbAsync(db => db.ApiClients.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, _app.Clock.GetUtcNow())));
        _app.Clock.Advance(DatabaseClientKeys.MaximumStaleness);

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadAsync(key));
    }
}

public sealed class ClientKeyTestsOnSqlite(SqliteAppFactory app) : ClientKeyTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ClientKeyTestsOnPostgreSql(PostgreSqlAppFactory app) : ClientKeyTests(app), IClassFixture<PostgreSqlAppFactory>;
