using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.IntegrationTests.Api;

/// <summary>Bad input and bad keys: a clear RFC 9457 problem, and nothing changed (api.md).</summary>
public abstract class ApiInputTests
{
    private readonly AppFactory _app;

    protected ApiInputTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string, string, string> BadNotifications => new()
    {
        { """{"source":"Police","kind":"Missing","child":{"localId":"P120"},"missingFrom":"2026-11-20T10:00:00+00:00"}""", "sourceReference", "Enter the source reference" },
        { """{"source":"Police","sourceReference":"R0","child":{"localId":"P120"},"missingFrom":"2026-11-20T10:00:00+00:00"}""", "kind", "Select whether the child is missing, absent or found" },
        { """{"source":"Police","sourceReference":"R1","kind":"Vanished","child":{"localId":"P120"},"missingFrom":"2026-11-20T10:00:00+00:00"}""", "kind", "Kind must be Missing, Absent or Found" },
        { """{"source":"Police","sourceReference":"R2","kind":"Missing","child":{"localId":"P120"},"missingFrom":"2027-01-01T10:00:00+00:00"}""", "missingFrom", "When the child was last seen must be in the past" },
        { """{"source":"Police","sourceReference":"R3","kind":"Missing","child":{"localId":"P120"},"missingFrom":"20/11/2026 10:00"}""", "missingFrom", "When the child was last seen must be a date and time with an offset, like 2026-11-23T21:30:00+00:00" },
        { """{"source":"Police","sourceReference":"R4","kind":"Missing","child":{"localId":"P120"},"missingFrom":"2026-11-20T10:00:00"}""", "missingFrom", "When the child was last seen must be a date and time with an offset, like 2026-11-23T21:30:00+00:00" },
        { """{"source":"Police","sourceReference":"R5","kind":"Missing","child":{"localId":"P120"}}""", "missingFrom", "Enter when the child was last seen" },
        { """{"source":"Police","sourceReference":"R6","kind":"Found","child":{"localId":"P120"},"missingFrom":"2026-11-20T10:00:00+00:00","foundAt":"2026-11-20T09:00:00+00:00"}""", "foundAt", "The child cannot be found before they went missing" },
        { """{"source":"Police","sourceReference":"R7","kind":"Found","child":{"localId":"P120"}}""", "foundAt", "Enter when the child was found" },
        { """{"source":"Police","sourceReference":"R8","kind":"Missing","missingFrom":"2026-11-20T10:00:00+00:00"}""", "child", "Enter the child's details" },
        { """{"source":"Police","sourceReference":"R9","kind":"Missing","child":{},"missingFrom":"2026-11-20T10:00:00+00:00"}""", "child", "Enter the child's local ID, or their first and last names" },
        { """{"source":"Police","sourceReference":"R10","kind":"Missing","child":{"localId":"P120","dateOfBirth":"2010-02-30"},"missingFrom":"2026-11-20T10:00:00+00:00"}""", "child.dateOfBirth", "Date of birth must be a real date, like 2010-05-01" },
        { """{"source":"Police","sourceReference":"R11","kind":"Missing","child":{"localId":"P120"},"missingFrom":"2026-11-20T10:00:00+00:00","policeRiskLevel":"Low"}""", "policeRiskLevel", "A child is never graded Low risk: choose High or Medium" },
        { """{"source":"Police","sourceReference":12,"kind":"Missing","child":{"localId":"P120"},"missingFrom":"2026-11-20T10:00:00+00:00"}""", "sourceReference", "sourceReference must be a string" },
        { """["not", "an", "object"]""", "$", "The request body must be a JSON object" },
        { """{"source":"Police",""", "$", "The request body is not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadNotifications))]
    public async Task BadNotification_Gets400ProblemNamingTheField_AndChangesNothing(string json, string field, string message)
    {
        var before = await _app.WithDbAsync(db => db.Notifications.CountAsync());

        var (response, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (int)body!["status"]!);
        Assert.Contains(message, body["errors"]![field]!.AsArray().Select(e => (string?)e));
        Assert.Equal(before, await _app.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task SeveralMistakes_AreAllListed()
    {
        var (_, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", """{"kind":"Missing","child":{"localId":"P120"}}""");

        var errors = body!["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Equivalent(new[] { "source", "sourceReference", "missingFrom" }, errors);
    }

    [Fact]
    public async Task FoundBeforeTheEpisodeBegan_IsRefusedAndTheEpisodeStaysOpen()
    {
        var reference = $"R-{Guid.NewGuid():N}";
        var client = _app.CreateApiClient();
        var now = _app.Clock.GetUtcNow();
        var (_, missing) = await client.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference, kind = "Missing", child = new { localId = "P122" },
            missingFrom = now.AddHours(-3).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });

        var (response, body) = await client.PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = reference + "-F", kind = "Found", child = new { localId = "P122" }, relatesTo = reference,
            foundAt = now.AddHours(-5).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The child cannot be found before they went missing", body!["errors"]!["foundAt"]!.AsArray().Select(e => (string?)e));
        var (_, episode) = await client.GetJsonAsync($"/api/v1/episodes/{(string?)missing!["episodeId"]}");
        Assert.Equal("Open", (string?)episode!["status"]);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.SourceReference == reference + "-F")));
    }

    [Fact]
    public async Task NoKey_Gets401Problem()
    {
        var (response, body) = await _app.CreateApiClient(key: null).GetJsonAsync("/api/v1/children/P100");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Send a valid API key in the X-Api-Key header.", (string?)body!["detail"]);
    }

    [Fact]
    public async Task UnknownKey_Gets401Problem()
    {
        var (response, body) = await _app.CreateApiClient(key: ApiClients.PoliceKey[..^1] + "X").GetJsonAsync("/api/v1/children/P100");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The API key is not recognised.", (string?)body!["detail"]);
    }

    [Fact]
    public async Task KeyWithoutTheScope_Gets403ProblemNamingIt_AndChangesNothing()
    {
        var before = await _app.WithDbAsync(db => db.Notifications.CountAsync());

        var (response, body) = await _app.CreateApiClient(ApiClients.ReaderKey).PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = "X-1", kind = "Missing", child = new { localId = "P120" }, missingFrom = "2026-11-20T10:00:00+00:00",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("notifications:write", (string?)body!["detail"], StringComparison.Ordinal);
        Assert.Equal(before, await _app.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task ReadKey_ReadsAChildWithInvolvementsAndEpisodes()
    {
        var (response, body) = await _app.CreateApiClient(ApiClients.ReaderKey).GetJsonAsync("/api/v1/children/P100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("P100", (string?)body!["localId"]);
        Assert.Equal("CLA", (string?)body["involvements"]!.AsArray().First(i => (string?)i!["endDate"] is null)!["type"]);
        Assert.NotEmpty(body["episodes"]!.AsArray());
    }

    [Fact]
    public async Task UnknownChildOrEpisode_Gets404Problem()
    {
        var client = _app.CreateApiClient();

        var (child, childBody) = await client.GetJsonAsync("/api/v1/children/NOPE");
        var (episode, _) = await client.GetJsonAsync($"/api/v1/episodes/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, child.StatusCode);
        Assert.Equal("application/problem+json", child.Content.Headers.ContentType?.MediaType);
        Assert.Equal("No child has that local id.", (string?)childBody!["detail"]);
        Assert.Equal(HttpStatusCode.NotFound, episode.StatusCode);
    }

    [Fact]
    public async Task PutChild_CreatesThenUpdates_EndingInvolvementsNoLongerListed()
    {
        var client = _app.CreateApiClient();
        var localId = $"N{Guid.NewGuid():N}"[..12];
        var body = new
        {
            firstName = "Amy", lastName = "Smith", dateOfBirth = "2010-05-01", gender = "Female", address = "1 High Street, Weston",
            involvements = new object[] { new { type = "CLA", startDate = "2024-01-10", legalStatus = "C2" }, new { type = "CIN", startDate = "2023-06-01" } },
            allocatedTeam = "Corporate Parenting", allocatedWorkerEmail = "social-worker@example.org",
        };

        var (created, createdBody) = await client.PutJsonAsync($"/api/v1/children/{localId}", body);
        var (updated, _) = await client.PutJsonAsync($"/api/v1/children/{localId}", body with { });
        var (again, againBody) = await client.PutJsonAsync($"/api/v1/children/{localId}", new
        {
            body.firstName, body.lastName, body.dateOfBirth, body.gender, body.address,
            involvements = new object[] { new { type = "CLA", startDate = "2024-01-10", legalStatus = "C2" } },
            allocatedTeam = (string?)null, allocatedWorkerEmail = (string?)null,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Corporate Parenting", (string?)createdBody!["allocatedTeam"]);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var involvements = againBody!["involvements"]!.AsArray();
        Assert.Equal(2, involvements.Count);
        Assert.NotNull(involvements.Single(i => (string?)i!["type"] == "CIN")!["endDate"]);
        Assert.Null(involvements.Single(i => (string?)i!["type"] == "CLA")!["endDate"]);
        Assert.Null(againBody["allocatedTeam"]);
    }

    private const string WholeChild = """
        "dateOfBirth":null,"gender":null,"address":null,"allocatedTeam":null,"allocatedWorkerEmail":null
        """;

    [Theory]
    [InlineData("""{"firstName":"","lastName":"Smith","involvements":[],""" + WholeChild + "}", "firstName", "Enter the child's first name")]
    [InlineData("""{"firstName":"A","lastName":"B","involvements":[{"type":"Fostered","startDate":"2024-01-01"}],""" + WholeChild + "}", "involvements[0].type", "Involvement type must be one of CLA, CLAOtherAuthority, CP, CIN, EarlyHelp, YOS, CME, CareLeaver")]
    [InlineData("""{"firstName":"A","lastName":"B","involvements":[{"type":"CLAOtherAuthority","startDate":"2024-01-01"}],""" + WholeChild + "}", "involvements[0].homeAuthority", "Enter the home authority of a child looked after by another authority")]
    [InlineData("""{"firstName":"A","lastName":"B","involvements":[],"gender":null,"address":null,"allocatedTeam":null,"allocatedWorkerEmail":null,"dateOfBirth":"2030-01-01"}""", "dateOfBirth", "Date of birth must be in the past")]
    [InlineData("""{"firstName":"A","lastName":"B","involvements":[],"gender":null,"address":null,"allocatedTeam":null,"allocatedWorkerEmail":null,"dateOfBirth":"0001-01-01"}""", "dateOfBirth", "Date of birth must be no more than 26 years ago")]
    [InlineData("""{"firstName":"A","lastName":"B"}""", "allocatedWorkerEmail", "allocatedWorkerEmail is required: send the whole child, with null where a value is not known, or use PATCH")]
    public async Task PutChild_WithBadInput_Gets400AndNoChildIsCreated(string json, string field, string message)
    {
        var localId = $"B{Guid.NewGuid():N}"[..12];
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var client = _app.CreateApiClient();

        var response = await client.PutAsync(new Uri($"/api/v1/children/{localId}", UriKind.Relative), content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, body!["errors"]![field]!.AsArray().Select(e => (string?)e));
        Assert.False(await _app.WithDbAsync(db => db.Children.AnyAsync(c => c.LocalId == localId)));
    }

    [Fact]
    public async Task OpenApiDescription_ListsTheIntegrationEndpointsAndTheApiKey()
    {
        var (response, body) = await _app.CreateApiClient(key: null).GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = body!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/notifications", paths);
        Assert.Contains("/api/v1/children/{localId}", paths);
        Assert.Contains("/api/v1/episodes/{episodeId}", paths);
        Assert.NotNull(body["components"]!["securitySchemes"]!["ApiKey"]);
    }
}

public sealed class ApiInputTestsOnSqlite(SqliteAppFactory app) : ApiInputTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ApiInputTestsOnPostgreSql(PostgreSqlAppFactory app) : ApiInputTests(app), IClassFixture<PostgreSqlAppFactory>;
