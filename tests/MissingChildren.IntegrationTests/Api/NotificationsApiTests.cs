using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Api;

/// <summary>
/// POST /api/v1/notifications and GET /api/v1/episodes/{id} (api.md) on each database, with the North Somerset
/// profile and a fake clock at Friday 20 November 2026, 14:00 UTC.
/// </summary>
public abstract class NotificationsApiTests
{
    private readonly AppFactory _app;

    protected NotificationsApiTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", System.Globalization.CultureInfo.InvariantCulture);

    private static string NewReference() => $"COMPACT-{Guid.NewGuid():N}";

    private object Missing(string localId, string reference, double hoursAgo = 2, string kind = "Missing") => new
    {
        source = "Police",
        sourceReference = reference,
        kind,
        child = new { localId },
        missingFrom = Iso(Now.AddHours(-hoursAgo)),
        reportedAt = Iso(Now.AddHours(-hoursAgo).AddMinutes(40)),
        policeRiskLevel = "Medium",
        lastSeenLocation = "Weston bus station",
        circumstances = "Did not return from school.",
    };

    private object Found(string localId, string reference, string relatesTo, double hoursAgo = 0.5) => new
    {
        source = "Police",
        sourceReference = reference,
        kind = "Found",
        child = new { localId },
        relatesTo,
        foundAt = Iso(Now.AddHours(-hoursAgo)),
        foundLocation = "Friend's address",
    };

    private async Task<JsonNode> EpisodeAsync(string episodeId)
    {
        var (response, body) = await _app.CreateApiClient(ApiClients.ReaderKey).GetJsonAsync($"/api/v1/episodes/{episodeId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body!;
    }

    private static IEnumerable<JsonNode> Tasks(JsonNode episode, string type) =>
        episode["tasks"]!.AsArray().Where(t => (string?)t!["type"] == type)!;

    [Fact]
    public async Task Missing_ForAKnownChild_IsLinkedAndItsDutiesAreThereStraightAway()
    {
        // P102: our looked-after child (North Somerset: R28 CE form started for every missing child).
        var (response, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", Missing("P102", NewReference()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Linked", (string?)body!["triage"]);
        Assert.Equal("P102", (string?)body["childLocalId"]);
        var episode = await EpisodeAsync((string)body["episodeId"]!);
        Assert.Equal("Open", (string?)episode["status"]);
        Assert.Equal("Missing", (string?)episode["category"]);
        var ce = Assert.Single(Tasks(episode, "CeRiskAssessment"));
        Assert.Equal("Open", (string?)ce["status"]);
        Assert.Equal("SocialWorker", (string?)ce["assignee"]!["role"]);
        Assert.Equal("Corporate Parenting", (string?)ce["assignee"]!["team"]);
        Assert.Equal("social-worker@example.org", (string?)ce["assignee"]!["user"]);
        Assert.Empty(Tasks(episode, "StrategyMeeting"));
        Assert.Equal($"/api/v1/episodes/{(string?)body["episodeId"]}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Missing_ArrivingLate_GetsTheStrategyMeetingAtOnceNotAtTheNextSweep()
    {
        // R12 (North Somerset): missing 24 hours or more: a strategy meeting within 72 hours. Missing 30 hours already.
        var (_, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", Missing("P104", NewReference(), hoursAgo: 30));

        var episode = await EpisodeAsync((string)body!["episodeId"]!);
        var meeting = Assert.Single(Tasks(episode, "StrategyMeeting"));
        Assert.Equal("R12", (string?)meeting["rule"]);
        Assert.Equal(Now.AddHours(-30).AddHours(24 + 72), DateTimeOffset.Parse((string)meeting["dueAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.False((bool)meeting["overdue"]!);
    }

    [Fact]
    public async Task SameNotificationAgain_ReturnsTheFirstResultAndChangesNothing()
    {
        var reference = NewReference();
        var client = _app.CreateApiClient();
        var (first, firstBody) = await client.PostJsonAsync("/api/v1/notifications", Missing("P106", reference));
        var tasksBefore = await _app.WithDbAsync(db => db.DutyTasks.CountAsync());

        var (again, againBody) = await client.PostJsonAsync("/api/v1/notifications", Missing("P106", reference, hoursAgo: 5));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((string?)firstBody!["notificationId"], (string?)againBody!["notificationId"]);
        Assert.Equal((string?)firstBody["episodeId"], (string?)againBody["episodeId"]);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.SourceReference == reference)));
        Assert.Equal(tasksBefore, await _app.WithDbAsync(db => db.DutyTasks.CountAsync()));
    }

    [Fact]
    public async Task ConcurrentDuplicates_StoreOneNotificationAndAllGetTheSameAnswer()
    {
        var reference = NewReference();
        var json = System.Text.Json.JsonSerializer.Serialize(Missing("P107", reference), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", json)));

        Assert.All(responses, r => Assert.True(r.Response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.Response.StatusCode.ToString()));
        Assert.Single(responses.Select(r => (string?)r.Body!["notificationId"]).Distinct());
        Assert.Equal(1, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.SourceReference == reference)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Episodes.CountAsync(e => e.ChildId == db.Children.Single(c => c.LocalId == "P107").Id && e.Status == EpisodeStatus.Open)));
    }

    [Fact]
    public async Task ConcurrentReportsAboutOneChild_AreAllStored_OnOneEpisode()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        var references = Enumerable.Range(0, 8).Select(_ => NewReference()).ToList();

        var responses = await Task.WhenAll(references.Select(r =>
            _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", System.Text.Json.JsonSerializer.Serialize(Missing("P119", r), options))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.Response.StatusCode));
        Assert.Single(responses.Select(r => (string?)r.Body!["episodeId"]).Distinct());
        Assert.Equal(8, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => references.Contains(n.SourceReference))));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Episodes.CountAsync(e => e.ChildId == db.Children.Single(c => c.LocalId == "P119").Id && e.Status == EpisodeStatus.Open)));

        // The claim on the child's record changes nothing a person wrote, so the child's history does not show it.
        var childId = (await _app.WithDbAsync(db => db.Children.SingleAsync(c => c.LocalId == "P119"))).Id.ToString();
        Assert.Equal(0, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Child" && a.EntityId == childId && a.Action == "Modified")));
    }

    [Fact]
    public async Task UnknownChild_WaitsForFrontDoorTriage()
    {
        var (response, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police",
            sourceReference = NewReference(),
            kind = "Missing",
            child = new { firstName = "Unknown", lastName = "Person", dateOfBirth = "2011-02-03" },
            missingFrom = Iso(Now.AddHours(-3)),
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AwaitingTriage", (string?)body!["triage"]);
        Assert.Null(body["episodeId"]);
        Assert.Null(body["childLocalId"]);
    }

    [Fact]
    public async Task ExactNameAndDateOfBirthMatch_IsLinkedWithoutALocalId()
    {
        var child = await _app.WithDbAsync(db => db.Children.SingleAsync(c => c.LocalId == "P108"));

        var (_, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police",
            sourceReference = NewReference(),
            kind = "Missing",
            child = new { firstName = child.FirstName.ToUpperInvariant(), lastName = child.LastName, dateOfBirth = child.DateOfBirth!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            missingFrom = Iso(Now.AddHours(-1)),
        });

        Assert.Equal("Linked", (string?)body!["triage"]);
        Assert.Equal("P108", (string?)body["childLocalId"]);
    }

    [Fact]
    public async Task Found_ClosesTheEpisode_OffersTheRhiIn72Hours_AndCancelsTheMeetingNotYetDue()
    {
        _app.AdvanceIntoWorkingHours(); // in core hours the RHI goes to the RHI service (R6 applies out of hours)
        var client = _app.CreateApiClient();
        var missingRef = NewReference();
        var (_, missing) = await client.PostJsonAsync("/api/v1/notifications", Missing("P109", missingRef, hoursAgo: 26));

        var (found, foundBody) = await client.PostJsonAsync("/api/v1/notifications", Found("P109", NewReference(), missingRef));

        Assert.Equal(HttpStatusCode.Created, found.StatusCode);
        Assert.Equal((string?)missing!["episodeId"], (string?)foundBody!["episodeId"]);
        var episode = await EpisodeAsync((string)foundBody["episodeId"]!);
        Assert.Equal("Returned", (string?)episode["status"]);
        Assert.Equal("Requested", (string?)episode["returnHomeInterview"]!["status"]);

        // R17 (001 §2.1): offered within 72 hours of the return itself (found half an hour ago).
        Assert.Equal(Now.AddHours(-0.5).AddHours(72), DateTimeOffset.Parse((string)episode["returnHomeInterview"]!["offerDueAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        // The R17 offer (other tests of this class move the shared clock out of hours, which adds R6's EDT task).
        var offer = Assert.Single(Tasks(episode, "ReturnHomeInterview"), t => (string?)t["rule"] == "R17");
        Assert.Equal("RhiWorker", (string?)offer["assignee"]!["role"]);
        Assert.Equal("Family Wellbeing", (string?)offer["assignee"]!["team"]);

        // R12's meeting (due at 96 hours) is no longer needed: cancelled, not deleted.
        Assert.Equal("Cancelled", (string?)Assert.Single(Tasks(episode, "StrategyMeeting"))["status"]);

        // R31: looked after (P109 is CLA) and missing 24 hours or more: a Serious Incident Notification.
        Assert.Single(Tasks(episode, "SeriousIncidentNotification"));
    }

    [Fact]
    public async Task OtherAuthorityChild_HomeAuthorityIsToldAndDoesTheRhi()
    {
        // P111: looked after by Devon County Council, placed here (R8).
        var client = _app.CreateApiClient();
        var missingRef = NewReference();
        var (_, missing) = await client.PostJsonAsync("/api/v1/notifications", Missing("P111", missingRef, hoursAgo: 3));
        var onMissing = await EpisodeAsync((string)missing!["episodeId"]!);

        await client.PostJsonAsync("/api/v1/notifications", Found("P111", NewReference(), missingRef));
        var onFound = await EpisodeAsync((string)missing["episodeId"]!);

        Assert.Equal("FrontDoor", (string?)Assert.Single(Tasks(onMissing, "HomeAuthorityNotification"))["assignee"]!["role"]);
        Assert.Null(onFound["returnHomeInterview"]);
        Assert.Empty(Tasks(onFound, "ReturnHomeInterview"));
        Assert.Empty(Tasks(onFound, "CeRiskAssessment"));
        var request = Assert.Single(Tasks(onFound, "RhiFormRequest"));
        Assert.Equal("R8", (string?)request["rule"]);
        Assert.Equal("FrontDoor", (string?)request["assignee"]!["role"]);
    }

    [Fact]
    public async Task Sweep_RaisesTheMeetingWhenItFallsDue_AndNeverTwice()
    {
        var (_, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", Missing("P113", NewReference(), hoursAgo: 2));
        var episodeId = Guid.Parse((string)body!["episodeId"]!);
        Assert.Empty(Tasks(await EpisodeAsync(episodeId.ToString()), "StrategyMeeting"));

        // Every test reads times relative to the fake clock, so moving it on affects none of the others.
        _app.Clock.Advance(TimeSpan.FromHours(23));
        await _app.SweepAsync();
        await _app.SweepAsync();
        var meetings = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.EpisodeId == episodeId && t.Type == TaskType.StrategyMeeting).ToListAsync());

        var meeting = Assert.Single(meetings);
        Assert.Equal("R12", meeting.RuleId);
        Assert.Equal(DutyStatus.Open, meeting.Status);
    }

    [Fact]
    public async Task Sweep_EscalatesAnOverdueDutyToTheTeamManagerThenTheHeadOfService()
    {
        var (_, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", Missing("P117", NewReference(), hoursAgo: 1));
        var episodeId = Guid.Parse((string)body!["episodeId"]!);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.FirstAsync(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open));
        var overdueBy = duty.DueAt - Now;

        _app.Clock.Advance(overdueBy + TimeSpan.FromMinutes(1));
        await _app.SweepAsync();
        var first = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id));
        _app.Clock.Advance(TimeSpan.FromHours(24));
        await _app.SweepAsync();
        var second = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id));

        Assert.Equal(EscalationLevel.TeamManager, first.EscalationLevel);
        Assert.Equal(EscalationLevel.HeadOfService, second.EscalationLevel);
        var episode = await EpisodeAsync(episodeId.ToString());
        var shown = episode["tasks"]!.AsArray().Single(t => (string?)t!["id"] == duty.Id.ToString());
        Assert.True((bool)shown!["overdue"]!);
        Assert.Equal("HeadOfService", (string?)shown["escalation"]);
    }

    [Fact]
    public async Task OneRhi_IsOfferedPerReturn_InNorthSomerset()
    {
        // R26 is Somerset's rule: North Somerset offers an RHI for each return.
        var client = _app.CreateApiClient();
        var first = NewReference();
        await client.PostJsonAsync("/api/v1/notifications", Missing("P118", first, hoursAgo: 10));
        await client.PostJsonAsync("/api/v1/notifications", Found("P118", NewReference(), first, hoursAgo: 8));
        var second = NewReference();
        await client.PostJsonAsync("/api/v1/notifications", Missing("P118", second, hoursAgo: 5));
        await client.PostJsonAsync("/api/v1/notifications", Found("P118", NewReference(), second, hoursAgo: 1));

        var rhis = await _app.WithDbAsync(db => db.ReturnHomeInterviews.CountAsync(r => r.ChildId == db.Children.Single(c => c.LocalId == "P118").Id && r.Status == RhiStatus.Requested));

        Assert.Equal(2, rhis);
    }
}

public sealed class NotificationsApiTestsOnSqlite(SqliteAppFactory app) : NotificationsApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class NotificationsApiTestsOnPostgreSql(PostgreSqlAppFactory app) : NotificationsApiTests(app), IClassFixture<PostgreSqlAppFactory>;

/// <summary>Two nodes sweeping at the same moment (PostgreSQL: real concurrent transactions) raise each duty once.</summary>
public sealed class ConcurrentSweepTests(PostgreSqlAppFactory app) : IClassFixture<PostgreSqlAppFactory>
{
    [Fact]
    public async Task TwoSweepsAtOnce_NeverDuplicateADuty()
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        var now = app.Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await app.CreateApiClient().PostJsonAsync("/api/v1/notifications", new
            {
                source = "Police", sourceReference = $"SWEEP-{i}-{Guid.NewGuid():N}", kind = "Missing", child = new { localId = $"P12{i}" },
                missingFrom = now.AddHours(-2).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        app.Clock.Advance(TimeSpan.FromHours(30));
        var results = await Task.WhenAll(app.SweepAsync(), app.SweepAsync(), app.SweepAsync());
        var duplicates = await app.WithDbAsync(db => db.DutyTasks.GroupBy(t => new { t.EpisodeId, t.Type, t.Title, t.DueAt }).CountAsync(g => g.Count() > 1));
        var meetings = await app.WithDbAsync(db => db.DutyTasks.CountAsync(t => t.Type == TaskType.StrategyMeeting && t.Status == DutyStatus.Open));

        Assert.Equal(0, duplicates);
        Assert.True(results.Sum(r => r.Raised) >= 5);
        Assert.True(meetings >= 5);
    }
}
