using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.IntegrationTests.Api;

/// <summary>
/// PUT /api/v1/children/{localId} takes the whole child and PATCH an RFC 7396 merge patch (api.md): a partial body
/// never wipes what the service holds.
/// </summary>
public abstract class ChildUpdateApiTests
{
    private readonly AppFactory _app;

    protected ChildUpdateApiTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private async Task<string> ChildAsync()
    {
        var localId = TestData.Unique("U");
        var (response, _) = await _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{localId}", new
        {
            firstName = "Amy", lastName = "Smith", dateOfBirth = "2012-05-01", gender = "Female", address = "1 High Street, Weston",
            unaccompaniedAsylumSeeker = true,
            involvements = new object[] { new { type = "CLA", startDate = "2024-01-10", legalStatus = "C2" } },
            allocatedTeam = "Corporate Parenting", allocatedWorkerEmail = "social-worker@example.org",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return localId;
    }

    private async Task<(HttpResponseMessage Response, JsonNode? Body)> PatchAsync(string localId, string patch)
    {
        using var content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json");
        var response = await _app.CreateApiClient().PatchAsync(new Uri($"/api/v1/children/{localId}", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task PutWithOnlyNames_IsRefusedListingEveryMissingMember_AndTheChildIsKept()
    {
        var localId = await ChildAsync();

        var (response, body) = await _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{localId}", new { firstName = "Amy", lastName = "Smyth" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equivalent(
            new[] { "dateOfBirth", "gender", "address", "involvements", "allocatedTeam", "allocatedWorkerEmail" },
            body!["errors"]!.AsObject().Select(e => e.Key));
        var (_, child) = await _app.CreateApiClient(ApiClients.ReaderKey).GetJsonAsync($"/api/v1/children/{localId}");
        Assert.Equal("Smith", (string?)child!["lastName"]);
        Assert.Equal("2012-05-01", (string?)child["dateOfBirth"]);
        Assert.Equal("1 High Street, Weston", (string?)child["address"]);
        Assert.Equal("Corporate Parenting", (string?)child["allocatedTeam"]);
        Assert.Null(Assert.Single(child["involvements"]!.AsArray())!["endDate"]);
    }

    [Fact]
    public async Task PutWithExplicitNulls_ClearsThem_AndLeavesTheAsylumSeekerFlagWhenAbsent()
    {
        var localId = await ChildAsync();

        var (response, child) = await _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{localId}", new
        {
            firstName = "Amy", lastName = "Smith", dateOfBirth = (string?)null, gender = (string?)null, address = (string?)null,
            involvements = Array.Empty<object>(), allocatedTeam = (string?)null, allocatedWorkerEmail = (string?)null,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(child!["dateOfBirth"]);
        Assert.Null(child["address"]);
        Assert.Null(child["allocatedTeam"]);
        Assert.True((bool)child["unaccompaniedAsylumSeeker"]!);
        Assert.NotNull(Assert.Single(child["involvements"]!.AsArray())!["endDate"]);
    }

    [Fact]
    public async Task PatchWithOnlyALastName_ChangesThatAlone_AndIsAudited()
    {
        var localId = await ChildAsync();

        var (response, child) = await PatchAsync(localId, """{"lastName":"Smyth"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Smyth", (string?)child!["lastName"]);
        Assert.Equal("Amy", (string?)child["firstName"]);
        Assert.Equal("2012-05-01", (string?)child["dateOfBirth"]);
        Assert.Equal("Female", (string?)child["gender"]);
        Assert.Equal("1 High Street, Weston", (string?)child["address"]);
        Assert.True((bool)child["unaccompaniedAsylumSeeker"]!);
        Assert.Equal("Corporate Parenting", (string?)child["allocatedTeam"]);
        Assert.Equal("social-worker@example.org", (string?)child["allocatedWorkerEmail"]);
        var involvement = Assert.Single(child["involvements"]!.AsArray())!;
        Assert.Null(involvement["endDate"]);
        Assert.Equal("C2", (string?)involvement["legalStatus"]);
        var audited = await _app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Child" && a.Action == "Modified" && a.Changes!.Contains("Smyth")).CountAsync());
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task PatchWithNull_ClearsThatMember_AndInvolvementsReplaceTheList()
    {
        var localId = await ChildAsync();

        var (response, child) = await PatchAsync(localId, """{"address":null,"allocatedTeam":null,"involvements":[{"type":"CIN","startDate":"2025-03-01"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(child!["address"]);
        Assert.Null(child["allocatedTeam"]);
        Assert.Equal("2012-05-01", (string?)child["dateOfBirth"]);
        var involvements = child["involvements"]!.AsArray();
        Assert.NotNull(involvements.Single(i => (string?)i!["type"] == "CLA")!["endDate"]);
        Assert.Null(involvements.Single(i => (string?)i!["type"] == "CIN")!["endDate"]);
    }

    [Fact]
    public async Task PatchNeedsTheChildrenWriteScope()
    {
        var localId = await ChildAsync();
        using var content = new StringContent("""{"lastName":"Smyth"}""", Encoding.UTF8, "application/merge-patch+json");

        var response = await _app.CreateApiClient(ApiClients.ReaderKey).PatchAsync(new Uri($"/api/v1/children/{localId}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Smith", await _app.WithDbAsync(db => db.Children.Where(c => c.LocalId == localId).Select(c => c.LastName).SingleAsync()));
    }

    [Fact]
    public async Task ALookAlikeLocalId_IsRefused_SoOnlyOneSuchChildExists()
    {
        var localId = await ChildAsync();

        var (response, body) = await _app.CreateApiClient().PutJsonAsync($"/api/v1/children/{Uri.EscapeDataString(localId + "\u200B")}", new
        {
            firstName = "Amy", lastName = "Smith", dateOfBirth = "2012-05-01", gender = (string?)null, address = (string?)null,
            involvements = Array.Empty<object>(), allocatedTeam = (string?)null, allocatedWorkerEmail = (string?)null,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]!["localId"]);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Children.CountAsync(c => c.LocalId.StartsWith(localId))));
    }
}

public sealed class ChildUpdateApiTestsOnSqlite(SqliteAppFactory app) : ChildUpdateApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ChildUpdateApiTestsOnPostgreSql(PostgreSqlAppFactory app) : ChildUpdateApiTests(app), IClassFixture<PostgreSqlAppFactory>;
