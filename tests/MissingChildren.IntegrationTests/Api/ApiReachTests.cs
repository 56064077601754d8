using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.Administration.Audit;
using MissingChildren.IntegrationTests.Administration.Clients;

namespace MissingChildren.IntegrationTests.Api;

/// <summary>
/// The <c>read</c> scope reaches what the client's agency needs to know (README "Integration API"): the council's case
/// management system every child; a police client the children and episodes it reported, with the trigger plan shared
/// with the police and without involvements or duties; other agencies no child. Out of reach answers exactly as a child
/// or episode that does not exist. Reads are audited by the client's name; a client that may not read what its
/// notification matched learns nothing of the match.
/// </summary>
public abstract class ApiReachTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected ApiReachTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    /// <summary>A client an administrator created: its name and an HTTP client that sends its key.</summary>
    private async Task<(string Name, HttpClient Api)> ClientAsync(string agency, params string[] scopes)
    {
        var admin = await _app.SignedInAsync(Roles.Administrator);
        var name = ClientPages.NewName();
        var (_, key, _) = await _app.CreateAsync(admin, name, agency, scopes);
        return (name, _app.CreateApiClient(key));
    }

    /// <summary>A looked-after child with a trigger plan, reported missing and found by the test's police client (not the one under test).</summary>
    private async Task<(TestData.TestChild Child, Guid EpisodeId)> ReportedElsewhereAsync()
    {
        var child = await _data.ChildAsync("CLA");
        var episodeId = await _data.ReturnedAsync(child, missingHoursAgo: 10, foundHoursAgo: 8);
        var frontDoor = await _app.SignedInAsync(Roles.FrontDoor);
        var saved = await frontDoor.SubmitAsync(await frontDoor.GetAsync($"/children/{child.Id}/plans/trigger-plan"), new Dictionary<string, string?>
        {
            ["Background"] = "Goes to the seafront", ["IfMissing"] = "Phone the police", ["PoliceActions"] = "Check the pier first",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (child, episodeId);
    }

    private static async Task<JsonNode> ReportAsync(HttpClient api, object notification, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var (response, body) = await api.PostJsonAsync("/api/v1/notifications", notification);
        Assert.Equal(expected, response.StatusCode);
        return body!;
    }

    /// <summary>What a 404 says, without the request's own trace id: the same for a record out of reach as for one that does not exist.</summary>
    private static async Task<string> NotFoundAsync(HttpClient api, string url)
    {
        var (response, body) = await api.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return $"{body!["status"]}|{body["title"]}|{body["detail"]}|{body["type"]}";
    }

    private static async Task<JsonNode> OkAsync(HttpClient api, string url)
    {
        var (response, body) = await api.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body!;
    }

    [Fact]
    public async Task Police_ReadsTheChildrenAndEpisodesItReported_WithTheirTriggerPlan_AndNothingElse()
    {
        var (ours, theirEpisode) = await ReportedElsewhereAsync();
        var (other, otherEpisode) = await ReportedElsewhereAsync();
        var (name, police) = await ClientAsync("Police", "notifications:write", "read");
        var reported = await ReportAsync(police, _data.Report(TestData.Unique("FORCE-"), new { localId = ours.LocalId }));
        var episodeId = (string)reported["episodeId"]!;

        var child = await OkAsync(police, $"/api/v1/children/{ours.LocalId}");
        var episode = await OkAsync(police, $"/api/v1/episodes/{episodeId}");
        var plan = await OkAsync(police, $"/api/v1/children/{ours.LocalId}/trigger-plan");

        // Identity and the episode it reported; not the child's involvements, not another force's episode, not the duties.
        Assert.Equal(ours.FirstName, (string?)child["firstName"]);
        Assert.Empty(child["involvements"]!.AsArray());
        Assert.Equal([episodeId], child["episodes"]!.AsArray().Select(e => (string?)e!["id"]));
        Assert.Equal("Open", (string?)episode["status"]);
        Assert.Empty(episode["tasks"]!.AsArray());
        Assert.Equal("Check the pier first", (string?)plan["policeActions"]);
        Assert.NotEmpty((await OkAsync(_app.CreateApiClient(ApiClients.ReaderKey), $"/api/v1/episodes/{episodeId}"))["tasks"]!.AsArray());

        // Out of reach is exactly "does not exist".
        var noChild = await NotFoundAsync(police, "/api/v1/children/NO-SUCH-CHILD");
        var noEpisode = await NotFoundAsync(police, $"/api/v1/episodes/{Guid.NewGuid()}");
        var noPlan = await NotFoundAsync(police, "/api/v1/children/NO-SUCH-CHILD/trigger-plan");
        Assert.Equal(noChild, await NotFoundAsync(police, $"/api/v1/children/{other.LocalId}"));
        Assert.Equal(noPlan, await NotFoundAsync(police, $"/api/v1/children/{other.LocalId}/trigger-plan"));
        Assert.Equal(noEpisode, await NotFoundAsync(police, $"/api/v1/episodes/{otherEpisode}"));
        Assert.Equal(noEpisode, await NotFoundAsync(police, $"/api/v1/episodes/{theirEpisode}"));

        // Each read is audited as the client's; each refusal too, naming the record asked for.
        await AuditedAccess.ViewedAsync(_app, name, ours.Id, "Child", $"/api/v1/children/{ours.LocalId}");
        await AuditedAccess.ViewedAsync(_app, name, ours.Id, "MissingEpisode", $"/api/v1/episodes/{episodeId}");
        await AuditedAccess.ViewedAsync(_app, name, ours.Id, "Plan", $"/api/v1/children/{ours.LocalId}/trigger-plan");
        await AuditedAccess.RefusedAsync(_app, name, other.Id, "Child", $"/api/v1/children/{other.LocalId}");
        await AuditedAccess.RefusedAsync(_app, name, other.Id, "MissingEpisode", $"/api/v1/episodes/{otherEpisode}");
        Assert.False(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == name && a.Action == "Viewed" && a.ChildId == other.Id)));
    }

    [Fact]
    public async Task CouncilCaseManagement_ReadsEveryChild_WithInvolvementsEpisodesAndDuties()
    {
        var (child, episodeId) = await ReportedElsewhereAsync();
        var (name, council) = await ClientAsync("ChildrensSocialCare", "read");

        var read = await OkAsync(council, $"/api/v1/children/{child.LocalId}");
        var episode = await OkAsync(council, $"/api/v1/episodes/{episodeId}");

        Assert.Equal("CLA", (string?)Assert.Single(read["involvements"]!.AsArray())!["type"]);
        Assert.Equal([episodeId.ToString()], read["episodes"]!.AsArray().Select(e => (string?)e!["id"]));
        Assert.NotEmpty(episode["tasks"]!.AsArray());
        Assert.Equal("Phone the police", (string?)(await OkAsync(council, $"/api/v1/children/{child.LocalId}/trigger-plan"))["ifMissing"]);
        await AuditedAccess.ViewedAsync(_app, name, child.Id, "MissingEpisode", $"/api/v1/episodes/{episodeId}");
    }

    [Theory]
    [InlineData("Education")]
    [InlineData("Health")]
    [InlineData("YouthOffendingService")]
    [InlineData("OtherLocalAuthority")]
    public async Task OtherAgencies_WithRead_ReachNoChild_AsIfNoneExisted(string agency)
    {
        var (child, episodeId) = await ReportedElsewhereAsync();
        var (name, api) = await ClientAsync(agency, "read");

        Assert.Equal(await NotFoundAsync(api, "/api/v1/children/NO-SUCH-CHILD"), await NotFoundAsync(api, $"/api/v1/children/{child.LocalId}"));
        Assert.Equal(await NotFoundAsync(api, "/api/v1/children/NO-SUCH-CHILD/trigger-plan"), await NotFoundAsync(api, $"/api/v1/children/{child.LocalId}/trigger-plan"));
        Assert.Equal(await NotFoundAsync(api, $"/api/v1/episodes/{Guid.NewGuid()}"), await NotFoundAsync(api, $"/api/v1/episodes/{episodeId}"));
        Assert.False(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == name && a.Action == "Viewed")));
        await AuditedAccess.RefusedAsync(_app, name, child.Id, "Child", $"/api/v1/children/{child.LocalId}");
    }

    [Theory]
    [InlineData("Police", "notifications:write")]
    [InlineData("Education", "notifications:write,read")]
    public async Task AClientThatMayNotReadTheChild_LearnsNothingOfTheMatch_FirstTimeOrAgain(string agency, string scopes)
    {
        var (known, _) = await ReportedElsewhereAsync();
        var (_, api) = await ClientAsync(agency, scopes.Split(','));
        var reference = TestData.Unique("SCH-");
        var matched = _data.Report(reference, new { localId = known.LocalId }, kind: "Absent");
        var unmatched = _data.Report(TestData.Unique("SCH-"), new { firstName = "Nobody", lastName = TestData.Surname(), dateOfBirth = "2012-02-02" }, kind: "Absent");

        var (first, firstBody) = await api.PostJsonAsync("/api/v1/notifications", matched);
        var (again, againBody) = await api.PostJsonAsync("/api/v1/notifications", matched);
        var (other, otherBody) = await api.PostJsonAsync("/api/v1/notifications", unmatched);

        // The service did link it (the council sees the episode), but the sender is told only that it was received.
        var linked = await _app.WithDbAsync(db => db.Notifications.Where(n => n.SourceReference == reference).Select(n => n.EpisodeId).SingleAsync());
        Assert.NotNull(linked);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        foreach (var (response, body) in new[] { (first, firstBody!), (again, againBody!), (other, otherBody!) })
        {
            Assert.Equal("Received", (string?)body["triage"]);
            Assert.Null((string?)body["childLocalId"]);
            Assert.Null((string?)body["episodeId"]);
            Assert.Null(response.Headers.Location);
        }

        Assert.Equal((string?)firstBody!["notificationId"], (string?)againBody!["notificationId"]);
    }
}

public sealed class ApiReachTestsOnSqlite(SqliteAppFactory app) : ApiReachTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ApiReachTestsOnPostgreSql(PostgreSqlAppFactory app) : ApiReachTests(app), IClassFixture<PostgreSqlAppFactory>;
