using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notifications;
using static MissingChildren.Testing.TestData;

namespace MissingChildren.IntegrationTests.FrontDoor;

/// <summary>
/// /front-door: the triage queue (R1) and its actions, on each database. The queue lists every report awaiting triage,
/// so each test starts from the template (its three demo reports) and finds its own on the first page.
/// </summary>
public abstract class TriageQueueTests : IAsyncLifetime
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected TriageQueueTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    public static TheoryData<string> Readers => [Roles.FrontDoor, Roles.EmergencyDuty, Roles.TeamManager];

    public static TheoryData<string> Others => [.. Roles.All.Except([Roles.FrontDoor, Roles.EmergencyDuty, Roles.TeamManager])];

    /// <summary>R1: a police report naming a known child without the local id and with the names swapped waits for triage.</summary>
    private async Task<(TestChild Child, Guid NotificationId, string Reference)> SwappedNamesReportAsync(string kind = "Missing")
    {
        var child = await _data.ChildAsync();
        var reference = Unique("POL-");
        var body = await _data.NotifyAsync(_data.Report(reference, new { firstName = child.LastName, lastName = child.FirstName, dateOfBirth = child.DateOfBirth }, kind: kind));
        Assert.Equal("AwaitingTriage", (string?)body["triage"]);
        return (child, Guid.Parse((string)body["notificationId"]!), reference);
    }

    public async ValueTask InitializeAsync()
    {
        if (_app.Provider != "PostgreSql" || PostgreSqlTestDatabase.Unavailable is null)
        {
            await _app.ResetDatabaseAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>The whole queue (oldest first, 25 a page): one page, as the test started from the template.</summary>
    private static async Task<HtmlClient.Page> QueueAsync(HtmlClient client)
    {
        var page = await client.GetAsync("/front-door");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Document.QuerySelector("a[rel='next']"));
        return page;
    }

    /// <summary>The queue, which shows this notification.</summary>
    private static async Task<HtmlClient.Page> QueuePageWithAsync(HtmlClient client, Guid notificationId)
    {
        var page = await QueueAsync(client);
        Assert.NotNull(page.Document.QuerySelector($"[id='n-{notificationId}']"));
        return page;
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Get_AsAReader_ShowsTheQueue(string role)
    {
        var page = await (await _app.SignedInAsync(role)).GetAsync("/front-door");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Triage queue", page.Heading);
        Assert.Equal("Front Door triage – MissingChildren", page.Title);
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task Get_AsAnyOtherRole_IsForbidden(string role)
    {
        var client = await _app.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/front-door")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/front-door/tray")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/front-door/record")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.FrontDoor)]
    [InlineData(Roles.EmergencyDuty)]
    public async Task SignIn_AsFrontDoorOrEmergencyDuty_LandsOnTheQueue(string role)
    {
        var result = await _app.CreateHtmlClient().SignInAsync(role);

        Assert.Equal("/front-door", result.Location);
    }

    [Fact]
    public async Task Get_ShowsAnUnlinkedApiNotificationWithItsCandidateAndWhyItMatched()
    {
        var (child, notificationId, reference) = await SwappedNamesReportAsync();

        var page = await QueuePageWithAsync(await _app.SignedInAsync(Roles.FrontDoor), notificationId);

        var section = page.Document.QuerySelectorAll("[data-testid=notification]").Single(s => s.TextContent.Contains(reference, StringComparison.Ordinal));
        Assert.Contains("Police", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Medium", section.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{child.LastName} {child.FirstName}", section.TextContent, StringComparison.Ordinal);
        var candidate = section.QuerySelectorAll("[data-testid=candidate]").Single(r => r.TextContent.Contains(child.LocalId, StringComparison.Ordinal));
        var reasons = candidate.QuerySelectorAll("[data-testid=reasons] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["First and last names swapped", "Same date of birth"], reasons);
        Assert.NotNull(section.QuerySelector($"form[data-link='{notificationId}/{child.Id}']"));
    }

    [Fact]
    public async Task Get_AWeakCandidate_HasNoOneClickLinkButACompareLink()
    {
        // The same name without a date of birth: a weak match (R1), compared on the notification's page before linking.
        var child = await _data.ChildAsync();
        var reference = Unique("POL-");
        var body = await _data.NotifyAsync(_data.Report(reference, new { firstName = child.FirstName, lastName = child.LastName }));
        var notificationId = Guid.Parse((string)body["notificationId"]!);

        var page = await QueuePageWithAsync(await _app.SignedInAsync(Roles.FrontDoor), notificationId);

        var section = page.Document.QuerySelectorAll("[data-testid=notification]").Single(s => s.TextContent.Contains(reference, StringComparison.Ordinal));
        var candidate = section.QuerySelectorAll("[data-testid=candidate]").Single(r => r.TextContent.Contains(child.LocalId, StringComparison.Ordinal));
        Assert.Null(candidate.QuerySelector("form[data-link]"));
        Assert.Equal($"/front-door/notifications/{notificationId}", candidate.QuerySelector("a[data-testid=compare]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_AsTeamManager_ShowsTheQueueWithoutActions()
    {
        var (_, notificationId, reference) = await SwappedNamesReportAsync();

        var page = await QueuePageWithAsync(await _app.SignedInAsync(Roles.TeamManager), notificationId);

        Assert.Contains(reference, page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("form[data-link]"));
        Assert.DoesNotContain("Record a notification", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostLink_RoutesTheEpisodeExactlyAsTheApiWould()
    {
        // The same report about two identical children: one linked by the API on arrival, one linked at triage.
        var twin = await _data.ChildAsync(involvement: "CIN");
        await _data.NotifyAsync(_data.Report(Unique("POL-"), new { localId = twin.LocalId }));
        var child = await _data.ChildAsync(involvement: "CIN");
        var reference = Unique("POL-");
        var body = await _data.NotifyAsync(_data.Report(reference, new { firstName = child.LastName, lastName = child.FirstName, dateOfBirth = child.DateOfBirth }));
        var notificationId = Guid.Parse((string)body["notificationId"]!);
        var childId = child.Id;
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var queue = await QueuePageWithAsync(client, notificationId);

        var result = await client.SubmitAsync(queue, new Dictionary<string, string?>(), $"form[data-link='{notificationId}/{childId}']");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var notification = await _app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == notificationId));
        Assert.Equal(TriageStatus.Linked, notification.Triage);
        Assert.Equal(childId, notification.ChildId);
        Assert.Equal($"/episodes/{notification.EpisodeId}", result.Location);
        var episode = await _app.WithDbAsync(db => db.Episodes.SingleAsync(e => e.Id == notification.EpisodeId));
        Assert.Equal(EpisodeStatus.Open, episode.Status);
        Assert.Equal(EpisodeCategory.Missing, episode.Category);
        var twinId = twin.Id;
        var twinEpisode = await _app.WithDbAsync(db => db.Episodes.SingleAsync(e => e.ChildId == twinId));
        Assert.Equal(twinEpisode.HoldingTeamId, episode.HoldingTeamId);
        var duties = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.EpisodeId == episode.Id).Select(t => new { t.Type, t.RuleId, t.AssigneeRole, t.AssigneeTeamId, t.DueAt }).ToListAsync());
        var twinDuties = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.EpisodeId == twinEpisode.Id).Select(t => new { t.Type, t.RuleId, t.AssigneeRole, t.AssigneeTeamId, t.DueAt }).ToListAsync());
        Assert.NotEmpty(duties);
        Assert.Equal(twinDuties.OrderBy(d => d.Type).ThenBy(d => d.RuleId), duties.OrderBy(d => d.Type).ThenBy(d => d.RuleId));
        Assert.Null((await QueueAsync(client)).Document.QuerySelector($"[id='n-{notificationId}']"));
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == notificationId.ToString() && a.Actor == DemoUsers.EmailFor(Roles.FrontDoor))));

        // The linked notification names the child it was linked to, with their record and the episode a click away.
        var linked = (await client.GetAsync($"/front-door/notifications/{notificationId}")).Document.QuerySelector("[data-testid=linked-to]")!;
        Assert.Contains($"{child.FirstName} {child.LastName}", linked.TextContent, StringComparison.Ordinal);
        Assert.NotNull(linked.QuerySelector($"a[href='/children/{childId}']"));
        Assert.NotNull(linked.QuerySelector($"a[href='/episodes/{notification.EpisodeId}']"));
    }

    [Fact]
    public async Task PostLink_AsTeamManager_IsForbiddenAndChangesNothing()
    {
        var (child, notificationId, _) = await SwappedNamesReportAsync();
        var childId = child.Id;
        var frontDoor = await _app.SignedInAsync(Roles.FrontDoor);
        var queue = await QueuePageWithAsync(frontDoor, notificationId);
        var form = queue.Document.QuerySelector($"form[data-link='{notificationId}/{childId}']")!;
        var manager = await _app.SignedInAsync(Roles.TeamManager);
        var managerQueue = await manager.GetAsync("/front-door");
        var token = managerQueue.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value"));
        fields["__RequestVerificationToken"] = token;

        using var content = new FormUrlEncodedContent(fields!);
        var response = await manager.Http.PostAsync(new Uri("/front-door?handler=Link", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(TriageStatus.AwaitingTriage, await _app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.Triage).SingleAsync()));
    }

    [Fact]
    public async Task PostLink_WhenAlreadyLinked_ReturnsErrorAndChangesNothing()
    {
        var (child, notificationId, _) = await SwappedNamesReportAsync();
        var childId = child.Id;
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var queue = await QueuePageWithAsync(client, notificationId);
        await client.SubmitAsync(queue, new Dictionary<string, string?>(), $"form[data-link='{notificationId}/{childId}']");
        var episodes = await _app.WithDbAsync(db => db.Episodes.CountAsync());

        var again = await client.SubmitAsync(queue, new Dictionary<string, string?>(), $"form[data-link='{notificationId}/{childId}']");

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(again.ErrorSummary, e => e.StartsWith("Someone else changed this record", StringComparison.Ordinal));
        Assert.Equal(episodes, await _app.WithDbAsync(db => db.Episodes.CountAsync()));
    }

    [Fact]
    public async Task NotificationPage_PostLink_WhenNoChildSelected_ReturnsError()
    {
        // The same name without a date of birth: a weak match, linked only from the form for compared matches (R1).
        var child = await _data.ChildAsync();
        var body = await _data.NotifyAsync(_data.Report(Unique("POL-"), new { firstName = child.FirstName, lastName = child.LastName }));
        var notificationId = Guid.Parse((string)body["notificationId"]!);
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var page = await client.GetAsync($"/front-door/notifications/{notificationId}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), "form[data-testid=link-compared]");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Select the child this notification is about"], result.ErrorSummary);
        Assert.Equal("Select the child this notification is about", result.FieldError("ChildId"));
    }

    [Fact]
    public async Task NotificationPage_PostLink_AStrongMatchInOneClick_LinksIt()
    {
        var (child, notificationId, _) = await SwappedNamesReportAsync();
        var childId = child.Id;
        var client = await _app.SignedInAsync(Roles.EmergencyDuty);
        var page = await client.GetAsync($"/front-door/notifications/{notificationId}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), $"form[data-link='{childId}']");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal(childId, await _app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ChildId).SingleAsync()));
        var episodePage = await client.GetAsync(result.Location!);
        Assert.Equal(HttpStatusCode.OK, episodePage.StatusCode);
        Assert.NotEmpty(episodePage.Document.QuerySelectorAll("[data-testid=duty]"));
    }

    [Fact]
    public async Task PostNewChild_CreatesTheChildFromTheReportAndRoutesIt()
    {
        var reference = Unique("POL-");
        var surname = Surname();
        var body = await _data.NotifyAsync(_data.Report(reference, new { firstName = "Marnie", lastName = surname, dateOfBirth = "2012-02-03" }));
        var notificationId = Guid.Parse((string)body["notificationId"]!);
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var page = await client.GetAsync($"/front-door/notifications/{notificationId}?q=Marnie+{surname}");
        Assert.Equal("Marnie", page.Document.QuerySelector("#NewChild_FirstName")?.GetAttribute("value"));

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["NewChild.FirstName"] = "Marnie",
            ["NewChild.LastName"] = surname,
            ["NewChild.DateOfBirth.Day"] = "3",
            ["NewChild.DateOfBirth.Month"] = "2",
            ["NewChild.DateOfBirth.Year"] = "2012",
        }, "form[action*='handler=NewChild']");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var child = await _app.WithDbAsync(db => db.Children.SingleAsync(c => c.LastName == surname));
        Assert.Equal("Marnie", child.FirstName);
        Assert.Equal(new DateOnly(2012, 2, 3), child.DateOfBirth);
        Assert.StartsWith("MC-", child.LocalId, StringComparison.Ordinal);
        var notification = await _app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == notificationId));
        Assert.Equal(TriageStatus.Linked, notification.Triage);
        Assert.Equal(child.Id, notification.ChildId);
        Assert.True(await _app.WithDbAsync(db => db.DutyTasks.AnyAsync(t => t.EpisodeId == notification.EpisodeId)));
    }

    [Fact]
    public async Task PostNewChild_WhenNamesBlankAndDateNotReal_ReturnsErrorsAndSavesNothing()
    {
        var (_, notificationId, _) = await SwappedNamesReportAsync();
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var page = await client.GetAsync($"/front-door/notifications/{notificationId}?q=Marnie");
        var children = await _app.WithDbAsync(db => db.Children.CountAsync());

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["NewChild.FirstName"] = "",
            ["NewChild.LastName"] = "",
            ["NewChild.DateOfBirth.Day"] = "31",
            ["NewChild.DateOfBirth.Month"] = "2",
            ["NewChild.DateOfBirth.Year"] = "2012",
        }, "form[action*='handler=NewChild']");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Date of birth must be a real date", "Enter the child's first name", "Enter the child's last name"], result.ErrorSummary.Order(StringComparer.Ordinal));
        Assert.Equal("Enter the child's first name", result.FieldError("NewChild_FirstName"));
        Assert.Equal(children, await _app.WithDbAsync(db => db.Children.CountAsync()));
    }

    [Fact]
    public async Task PostNewChild_WhenTheLocalIdIsTaken_ReturnsError()
    {
        var (child, notificationId, _) = await SwappedNamesReportAsync();
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var page = await client.GetAsync($"/front-door/notifications/{notificationId}?q={child.LocalId}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["NewChild.LocalId"] = child.LocalId,
            ["NewChild.FirstName"] = child.FirstName,
            ["NewChild.LastName"] = child.LastName,
        }, "form[action*='handler=NewChild']");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["A child with this local ID is already known: link the notification to them instead"], result.ErrorSummary);
    }

    [Fact]
    public async Task PostDuplicate_KeepsTheNotificationAndLinksTheOriginal()
    {
        var surname = Surname();
        var original = await _data.NotifyAsync(_data.Report(Unique("POL-"), new { firstName = "Rory", lastName = surname }));
        var repeat = await _data.NotifyAsync(_data.Report(Unique("SCH-"), new { firstName = "Rory", lastName = surname }));
        var originalId = Guid.Parse((string)original["notificationId"]!);
        var repeatId = Guid.Parse((string)repeat["notificationId"]!);
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var page = await client.GetAsync($"/front-door/notifications/{repeatId}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["DuplicateOfId"] = originalId.ToString() }, "form[action*='handler=Duplicate']");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal("/front-door", result.Location);
        var kept = await _app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == repeatId));
        Assert.Equal(TriageStatus.Duplicate, kept.Triage);
        Assert.Equal(originalId, kept.DuplicateOfId);
        var shown = await client.GetAsync($"/front-door/notifications/{repeatId}");
        Assert.Contains("Duplicate of", shown.Document.QuerySelector("[data-testid=duplicate-of]")?.TextContent, StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == repeatId.ToString() && a.Action == "Modified")));
    }

    [Fact]
    public async Task PostDuplicate_WhenNothingSelected_ReturnsError()
    {
        var surname = Surname();
        await _data.NotifyAsync(_data.Report(Unique("POL-"), new { firstName = "Rory", lastName = surname }));
        var repeat = await _data.NotifyAsync(_data.Report(Unique("SCH-"), new { firstName = "Rory", lastName = surname }));
        var repeatId = Guid.Parse((string)repeat["notificationId"]!);
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var page = await client.GetAsync($"/front-door/notifications/{repeatId}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), "form[action*='handler=Duplicate']");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Select the notification this one repeats"], result.ErrorSummary);
        Assert.Equal(TriageStatus.AwaitingTriage, await _app.WithDbAsync(db => db.Notifications.Where(n => n.Id == repeatId).Select(n => n.Triage).SingleAsync()));
    }

    [Fact]
    public async Task NotificationPage_ForAnUnknownId_IsNotFound()
    {
        var page = await (await _app.SignedInAsync(Roles.FrontDoor)).GetAsync($"/front-door/notifications/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}

public sealed class TriageQueueTestsOnSqlite(SqliteAppFactory app) : TriageQueueTests(app), IClassFixture<SqliteAppFactory>;

public sealed class TriageQueueTestsOnPostgreSql(PostgreSqlAppFactory app) : TriageQueueTests(app), IClassFixture<PostgreSqlAppFactory>;
