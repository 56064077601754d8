using System.Globalization;
using System.Net;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Administration.Audit;

/// <summary>
/// The audit log search at /admin/audit: only Administrators; by child, by who, by date range (Europe/London) and by
/// action, newest first and paged, each row in words; bad criteria get a GOV.UK error summary with the input kept.
/// </summary>
public abstract class AuditLogSearchTests
{
    private readonly AppFactory _app;
    private readonly AuditTestData _audit;

    protected AuditLogSearchTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _audit = new AuditTestData(app);
    }

    public static TheoryData<string> OtherRoles => [.. Roles.All.Where(r => r != Roles.Administrator)];

    private async Task<HtmlClient.Page> SearchAsync(string query)
    {
        var client = await _app.SignedInAsync(Roles.Administrator);
        return await client.GetAsync($"/admin/audit?{query}");
    }

    private static string Day(DateTimeOffset instant, string field)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        return string.Create(CultureInfo.InvariantCulture, $"{field}.Day={local.Day}&{field}.Month={local.Month}&{field}.Year={local.Year}");
    }

    [Fact]
    public async Task Get_AsAdministrator_WithNoCriteria_ShowsTheLatestEntriesFirst()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await _audit.EntryAsync("Viewed", @case.Child.Id, actor: @case.Worker.Email);

        var page = await SearchAsync("");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Audit log", page.Heading);
        Assert.Empty(page.ErrorSummary);
        var first = AuditTestData.Rows(page)[0];
        Assert.Contains(@case.Child.LocalId, first.Record, StringComparison.Ordinal);
        Assert.Equal(25, AuditTestData.Rows(page).Count);
        Assert.NotNull(page.Document.QuerySelector("table caption"));
        Assert.StartsWith("/admin/audit/export", page.Document.QuerySelector("[data-testid=export]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Get_AsAnyOtherRole_IsForbidden(string role)
    {
        var client = await _app.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/audit/export")).StatusCode);
    }

    [Fact]
    public async Task Get_SignedOut_GoesToSignIn()
    {
        var client = _app.CreateHtmlClient();

        var page = await client.GetAsync("/admin/audit");
        var export = await client.GetAsync("/admin/audit/export");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", new Uri(page.Location!).AbsolutePath);
        Assert.Equal("/account/sign-in", new Uri(export.Location!).AbsolutePath);
    }

    [Theory]
    [InlineData("From.Day=31&From.Month=2&From.Year=2026", "From", "The from date must be a real date")]
    [InlineData("From.Day=12&From.Month=11", "From", "The from date must be a real date")]
    [InlineData("To.Day=0&To.Month=11&To.Year=2026", "To", "The to date must be a real date")]
    [InlineData("From.Day=20&From.Month=11&From.Year=2026&To.Day=19&To.Month=11&To.Year=2026", "To", "The to date must be the same as or after the from date")]
    [InlineData("Action=Everything", "Action", "Select an action from the list")]
    public async Task Get_WithBadCriteria_ShowsTheErrorAndKeepsTheInput(string query, string field, string message)
    {
        var page = await SearchAsync(query + "&Child=P100");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal([message], page.ErrorSummary);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal($"#{field}", page.Document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Equal("P100", page.Document.QuerySelector("input#Child")?.GetAttribute("value"));
        Assert.Empty(AuditTestData.Rows(page));
    }

    [Fact]
    public async Task Get_WithAnImpossibleDay_KeepsWhatWasTyped()
    {
        var page = await SearchAsync("From.Day=31&From.Month=2&From.Year=2026");

        Assert.Equal("31", page.Document.QuerySelector("input[name='From.Day']")?.GetAttribute("value"));
        Assert.Equal("2", page.Document.QuerySelector("input[name='From.Month']")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("Child", 101, "The child's local ID or name must be 100 characters or fewer")]
    [InlineData("Who", 257, "The name or e-mail address must be 256 characters or fewer")]
    public async Task Get_WithTooLongText_ShowsTheError(string field, int length, string message)
    {
        var page = await SearchAsync($"{field}={new string('x', length)}");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([message], page.ErrorSummary);
        Assert.Equal(message, page.FieldError(field));
    }

    [Fact]
    public async Task ByChild_LocalIdOrName_FindsThatChildsEntriesOnly()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        var other = await _audit.ChildWithWorkerAsync();
        await _audit.ViewAsync(@case);
        await _audit.ViewAsync(other);

        var byId = AuditTestData.Rows(await SearchAsync($"Child={@case.Child.LocalId}"));
        var byName = AuditTestData.Rows(await SearchAsync($"Child={Uri.EscapeDataString(@case.FullName.ToLowerInvariant())}"));

        Assert.NotEmpty(byId);
        Assert.All(byId, r => Assert.Equal($"/children/{@case.Child.Id}", r.ChildLink));
        Assert.All(byId, r => Assert.Contains($"{@case.FullName} ({@case.Child.LocalId})", r.Record, StringComparison.Ordinal));
        Assert.Contains(byId, r => r.What == "Viewed the case record");
        var added = Assert.Single(byId, r => r.What == "Added the case record");
        Assert.Contains($"Last name: {@case.Child.LastName}", added.Changes);
        Assert.Contains($"{ApiClients.PoliceName} (integration client)", added.Who, StringComparison.Ordinal);
        Assert.Equal(AuditTestData.Lines(byId), AuditTestData.Lines(byName));
    }

    [Fact]
    public async Task ByWho_EmailOrName_FindsThatUsersEntries_WithTheirNameAndEmail()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        await _audit.ViewAsync(@case);
        await _audit.ViewAsync(@case);

        var byEmail = AuditTestData.Rows(await SearchAsync($"Who={Uri.EscapeDataString(@case.Worker.Email.ToUpperInvariant())}"));
        var byName = AuditTestData.Rows(await SearchAsync($"Who={Uri.EscapeDataString(@case.WorkerName)}"));

        Assert.Equal(2, byEmail.Count);
        Assert.All(byEmail, r => Assert.Equal($"{@case.WorkerName} {@case.Worker.Email}", r.Who));
        Assert.All(byEmail, r => Assert.Equal("Viewed the case record", r.What));
        Assert.All(byEmail, r => Assert.Contains($"Page: /children/{@case.Child.Id}", r.Changes));
        Assert.Equal(AuditTestData.Lines(byEmail), AuditTestData.Lines(byName));
    }

    [Fact]
    public async Task ByWho_SystemOrAClient_FindsTheirEntries()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        await _audit.EntryAsync("Modified", @case.Child.Id, changes: new { Status = new { from = "Open", to = "Closed" } });

        var system = AuditTestData.Rows(await SearchAsync($"Child={@case.Child.LocalId}&Who=system"));
        var client = AuditTestData.Rows(await SearchAsync($"Child={@case.Child.LocalId}&Who={ApiClients.PoliceName}"));

        var job = Assert.Single(system);
        Assert.Equal("system", job.Who);
        Assert.Equal(["Status: Open → Closed"], job.Changes);
        Assert.NotEmpty(client);
        Assert.All(client, r => Assert.Equal($"{ApiClients.PoliceName} (integration client)", r.Who));
    }

    [Fact]
    public async Task ByWho_NobodyMatching_SaysNothingMatches()
    {
        var page = await SearchAsync($"Who={TestData.Unique("nobody-")}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(AuditTestData.Rows(page));
        Assert.Equal("No audit entries match your search.", page.Document.QuerySelector("[data-testid=no-entries]")?.TextContent);
    }

    [Fact]
    public async Task ByDate_FromAndTo_AreWholeDaysInUkTime()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        var added = _app.Clock.GetUtcNow();
        _app.Clock.Advance(TimeSpan.FromDays(2));
        await _audit.ViewAsync(@case);
        var viewed = _app.Clock.GetUtcNow();
        var child = $"Child={@case.Child.LocalId}";

        var fromViewed = AuditTestData.Rows(await SearchAsync($"{child}&{Day(viewed, "From")}"));
        var toAdded = AuditTestData.Rows(await SearchAsync($"{child}&{Day(added, "To")}"));
        var between = AuditTestData.Rows(await SearchAsync($"{child}&{Day(added.AddDays(1), "From")}&{Day(added.AddDays(1), "To")}"));
        var bothDays = AuditTestData.Rows(await SearchAsync($"{child}&{Day(added, "From")}&{Day(viewed, "To")}"));

        Assert.Equal(["Viewed the case record"], fromViewed.Select(r => r.What));
        Assert.NotEmpty(toAdded);
        Assert.DoesNotContain(toAdded, r => r.What == "Viewed the case record");
        Assert.Empty(between);
        Assert.Equal(toAdded.Count + 1, bothDays.Count);
    }

    [Fact]
    public async Task ByAction_ViewedChangedOrRefused_FindsThoseEntries()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        await _audit.ViewAsync(@case);
        await _audit.MoveAsync(@case, "14 Other Road, Weston");
        await _audit.EntryAsync("Refused", @case.Child.Id, actor: @case.Worker.Email);
        var child = $"Child={@case.Child.LocalId}";

        var viewed = AuditTestData.Rows(await SearchAsync($"{child}&Action=Viewed"));
        var changed = AuditTestData.Rows(await SearchAsync($"{child}&Action=Changed"));
        var refused = AuditTestData.Rows(await SearchAsync($"{child}&Action=Refused"));

        Assert.Equal(["Viewed the case record"], viewed.Select(r => r.What));
        Assert.All(changed, r => Assert.Matches("^(Added|Changed|Deleted) ", r.What));
        var moved = Assert.Single(changed, r => r.What == "Changed the case record");
        Assert.Contains("Address: 12 Test Road, Weston → 14 Other Road, Weston", moved.Changes);
        Assert.Equal(["Was refused the case record"], refused.Select(r => r.What));
        Assert.Equal($"{@case.WorkerName} {@case.Worker.Email}", refused[0].Who);
    }

    [Fact]
    public async Task Rows_ShortenLongTextAndNameTheRecord()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        var noteId = Guid.NewGuid().ToString();
        await _audit.EntryAsync("Added", @case.Child.Id, actor: @case.Worker.Email, entityType: "CaseNote", entityId: noteId,
            changes: new Dictionary<string, object> { ["Text"] = new { to = new string('a', 300) }, ["Title"] = new { to = "Visit" } });

        var row = Assert.Single(AuditTestData.Rows(await SearchAsync($"Child={@case.Child.LocalId}&Who={Uri.EscapeDataString(@case.Worker.Email)}&Action=Changed")));

        Assert.Equal("Added a case note", row.What);
        Assert.Contains($"Case note {noteId}", row.Record, StringComparison.Ordinal);
        Assert.Equal($"Text: {new string('a', 120)}…", row.Changes[0]);
        Assert.Equal("Title: Visit", row.Changes[1]);
    }

    [Fact]
    public async Task Paging_KeepsTheSearch()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        for (var i = 0; i < 30; i++)
        {
            await _audit.EntryAsync("Viewed", @case.Child.Id, actor: @case.Worker.Email);
        }

        var first = await SearchAsync($"Child={@case.Child.LocalId}&Action=Viewed");
        var next = first.Document.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
        var client = await _app.SignedInAsync(Roles.Administrator);
        var second = await client.GetAsync(next!);

        Assert.Equal(25, AuditTestData.Rows(first).Count);
        Assert.Contains("Showing 1 to 25 of 30", first.Text, StringComparison.Ordinal);
        Assert.Equal($"/admin/audit?Child={@case.Child.LocalId}&Action=Viewed&pageNumber=2", next);
        Assert.Equal(5, AuditTestData.Rows(second).Count);
        Assert.Equal(@case.Child.LocalId, second.Document.QuerySelector("input#Child")?.GetAttribute("value"));
    }
}

public sealed class AuditLogSearchTestsOnSqlite(SqliteAppFactory app) : AuditLogSearchTests(app), IClassFixture<SqliteAppFactory>;

public sealed class AuditLogSearchTestsOnPostgreSql(PostgreSqlAppFactory app) : AuditLogSearchTests(app), IClassFixture<PostgreSqlAppFactory>;
