using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.Children;
using MissingChildren.IntegrationTests.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Forms;

/// <summary>
/// The main forms against input no person should be able to save: missing answers, answers too long, dates out of
/// range, control characters, choices the form does not offer, a stale version. Each is the form again (400) with a
/// GOV.UK error summary that names the field, and the database unchanged.
/// </summary>
public abstract class BadInputCorpusTests
{
    private const string Nul = "\u0000";

    /// <summary>A form with a NUL cannot be read at all (ASP.NET Core refuses it): the summary says so, naming no field.</summary>
    private const string Unread = "(unread)";
    private readonly AppFactory _app;

    protected BadInputCorpusTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    /// <summary>A form: who fills it, where, the form on the page, and what it saves (counted before and after).</summary>
    private sealed record Form(string Role, string Url, Func<AppDbContext, Task<int>> Saved, string Selector = "main form");

    public static TheoryData<string, string> Cases => new()
    {
        { "note", "nothing" }, { "note", "title too long" }, { "note", "NUL in the title" }, { "note", "escape in the text" },
        { "contact", "no date" }, { "contact", "in the future" }, { "contact", "in 1900" }, { "contact", "not a date" }, { "contact", "NUL in the summary" },
        { "found", "nothing" }, { "found", "in the future" },
        { "meeting", "no type" }, { "meeting", "type not offered" }, { "meeting", "before the child was born" },
        { "attempt", "method not offered" }, { "attempt", "before the child went missing" }, { "attempt", "stale version" },
        { "user", "nothing" }, { "user", "role not offered" }, { "user", "NUL in the name" },
        { "team", "nothing" }, { "team", "name too long" }, { "team", "kind not offered" },
        { "client", "agency not offered" }, { "client", "NUL in the name" },
        { "sign-in", "nothing" },
    };

    private static Dictionary<string, string?> Fields(params (string Key, string? Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    private async Task<(Form Form, Dictionary<string, string?> Fields, string Field)> CaseAsync(string form, string input)
    {
        var p100 = await _app.ChildIdAsync("P100");
        var p105 = await _app.ChildIdAsync("P105");
        var meeting = Fields(("Type", "ProfessionalsMeeting"), ("Attendees", "Social worker"), ("RiskFactors", "None new"), ("Actions", "Review"))
            .With(CaseData.DateTime("HeldAt", Now.AddHours(-1)));
        switch (form)
        {
            case "note":
                var note = new Form(Roles.SocialWorker, $"/children/{p100}/notes/new", db => db.CaseNotes.CountAsync(n => n.ChildId == p100));
                return input switch
                {
                    "nothing" => (note, Fields(), "NoteTitle"),
                    "title too long" => (note, Fields(("NoteTitle", new string('t', 201)), ("Text", "Text")), "NoteTitle"),
                    "NUL in the title" => (note, Fields(("NoteTitle", "Visit" + Nul), ("Text", "Text")), Unread),
                    _ => (note, Fields(("NoteTitle", "Visit"), ("Text", "Said \u001b[31m hello")), "Text"),
                };
            case "contact":
                var contact = new Form(Roles.SocialWorker, $"/children/{p105}/social-worker-contact", db => db.CaseNotes.CountAsync(n => n.ChildId == p105));
                var summary = Fields(("Summary", "Talked."));
                return input switch
                {
                    "no date" => (contact, summary, "ContactAt"),
                    "in the future" => (contact, summary.With(CaseData.DateTime("ContactAt", Now.AddDays(2))), "ContactAt"),
                    "in 1900" => (contact, summary.With(CaseData.DateTime("ContactAt", new DateTimeOffset(1900, 1, 1, 12, 0, 0, TimeSpan.Zero))), "ContactAt"),
                    "not a date" => (contact, summary.With(Fields(("ContactAt.Day", "31"), ("ContactAt.Month", "2"), ("ContactAt.Year", "2026"), ("ContactAt.Time", "25:99"))), "ContactAt"),
                    _ => (contact, Fields(("Summary", "Talked" + Nul)).With(CaseData.DateTime("ContactAt", Now.AddHours(-1))), Unread),
                };
            case "found":
                var found = new Form(Roles.SocialWorker, $"/children/{p100}/found", db => db.Episodes.CountAsync(e => e.ChildId == p100 && e.FoundAt != null));
                return input == "nothing"
                    ? (found, Fields(), "FoundAt")
                    : (found, CaseData.DateTime("FoundAt", Now.AddDays(3)).With(Fields(("FoundLocation", "Bus station"), ("FoundBy", "Police"), ("SafeAndWellCheckDone", "Yes"), ("SafeAndWellCheck", "Seen, unhurt."))), "FoundAt");
            case "meeting":
                var meetings = new Form(Roles.SocialWorker, $"/children/{p100}/meetings/new", db => db.Meetings.CountAsync(m => m.ChildId == p100));
                return input switch
                {
                    "no type" => (meetings, meeting.With(Fields(("Type", ""))), "Type"),
                    "type not offered" => (meetings, meeting.With(Fields(("Type", "Banana"))), "Type"),
                    _ => (meetings, meeting.With(CaseData.DateTime("HeldAt", new DateTimeOffset(2001, 5, 5, 9, 0, 0, TimeSpan.Zero))), "HeldAt"),
                };
            case "attempt":
                var rhi = await new RhiTestData(_app).AllocatedRhiAsync();
                var attempt = new Form(Roles.RhiWorker, $"/rhi/{rhi}/attempt",
                    db => db.ReturnHomeInterviews.Where(r => r.Id == rhi).SelectMany(r => r.ContactAttempts).CountAsync(), RhiTestData.Form("Attempt"));
                var call = RhiTestData.UnansweredCall(Now.AddMinutes(-10));
                return input switch
                {
                    "method not offered" => (attempt, call.With(Fields(("Attempt.Method", "Carrier pigeon"))), "Attempt.Method"),
                    "before the child went missing" => (attempt, RhiTestData.UnansweredCall(Now.AddDays(-5)), "Attempt.At"),
                    _ => (attempt, call.With(Fields(("Version", Guid.NewGuid().ToString()))), ""),
                };
            case "user":
                var user = new Form(Roles.Administrator, "/admin/users/new", db => db.Users.CountAsync());
                var valid = Fields(("DisplayName", "Sam Patel"), ("Email", $"{TestData.Unique("corpus-")}@example.org"), ("Roles", "SocialWorker"), ("Agency", "ChildrensSocialCare"));
                return input switch
                {
                    "nothing" => (user, Fields(), "DisplayName"),
                    "role not offered" => (user, valid.With(Fields(("Roles", "Superuser"))), "Roles"),
                    _ => (user, valid.With(Fields(("DisplayName", "Sam" + Nul + "Patel"))), Unread),
                };
            case "team":
                var team = new Form(Roles.Administrator, "/admin/teams/new", db => db.Teams.CountAsync());
                var named = Fields(("Name", TestData.Unique("Corpus team ")), ("Kind", "SocialWork"), ("Agency", "ChildrensSocialCare"));
                return input switch
                {
                    "nothing" => (team, Fields(), "Name"),
                    "name too long" => (team, named.With(Fields(("Name", new string('n', 121)))), "Name"),
                    _ => (team, named.With(Fields(("Kind", "Banana"))), "Kind"),
                };
            case "client":
                var client = new Form(Roles.Administrator, "/admin/clients/new", db => db.ApiClients.CountAsync());
                var system = Fields(("Name", TestData.Unique("Corpus system ")), ("Agency", "Police"), ("Scopes", "read"));
                return input == "agency not offered"
                    ? (client, system.With(Fields(("Agency", "Banana"))), "Agency")
                    : (client, system.With(Fields(("Name", "System" + Nul))), Unread);
            default:
                return (new Form("", "/account/sign-in", db => db.Users.CountAsync(u => u.AccessFailedCount > 0)), Fields(), "Email");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_IsTheFormAgain_WithAnErrorNamingTheField_AndNothingSaved(string form, string input)
    {
        var (target, fields, field) = await CaseAsync(form, input);
        var client = target.Role.Length == 0 ? _app.CreateHtmlClient() : await _app.SignedInAsync(target.Role);
        var page = await client.GetAsync(target.Url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var before = await _app.WithDbAsync(target.Saved);

        var answer = await client.SubmitAsync(page, fields, target.Selector);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.NotNull(answer.Document.QuerySelector(".govuk-error-summary"));
        Assert.NotEmpty(answer.ErrorSummary);
        if (field == Unread)
        {
            Assert.StartsWith("The form could not be read: ", Assert.Single(answer.ErrorSummary), StringComparison.Ordinal);
        }
        else if (field.Length > 0)
        {
            var id = Web.Infrastructure.Web.TagHelpers.ErrorSummaryTagHelper.FieldId(field);
            Assert.Contains(answer.Document.QuerySelectorAll(".govuk-error-summary a"), a => a.GetAttribute("href")?.StartsWith($"#{id}", StringComparison.Ordinal) == true);
        }

        Assert.Equal(before, await _app.WithDbAsync(target.Saved));
    }
}

public sealed class BadInputCorpusTestsOnSqlite(SqliteAppFactory app) : BadInputCorpusTests(app), IClassFixture<SqliteAppFactory>;

public sealed class BadInputCorpusTestsOnPostgreSql(PostgreSqlAppFactory app) : BadInputCorpusTests(app), IClassFixture<PostgreSqlAppFactory>;
