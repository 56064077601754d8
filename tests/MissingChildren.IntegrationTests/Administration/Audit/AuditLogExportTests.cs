using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Administration.Audit;

/// <summary>
/// The audit log export at /admin/audit/export (the search's query string) for a subject access request: its columns,
/// RFC 4180 quoting, cells a spreadsheet would run as formulas made harmless, and the export itself audited.
/// </summary>
public abstract class AuditLogExportTests
{
    private readonly AppFactory _app;
    private readonly AuditTestData _audit;

    protected AuditLogExportTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _audit = new AuditTestData(app);
    }

    private async Task<(HttpResponseMessage Response, string Text)> ExportAsync(string query)
    {
        var client = await _app.SignedInAsync(Roles.Administrator);
        var response = await client.Http.GetAsync(new Uri($"/admin/audit/export?{query}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var bom = Encoding.UTF8.Preamble.ToArray();
        Assert.True(bytes.AsSpan().StartsWith(bom), "The file starts with a UTF-8 byte order mark, for spreadsheets.");
        return (response, Encoding.UTF8.GetString(bytes, bom.Length, bytes.Length - bom.Length));
    }

    [Fact]
    public async Task Export_IsACsvDownload_WithOneRowPerEntryAndItsColumns()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        await _audit.ViewAsync(@case);

        var (response, text) = await ExportAsync($"Child={@case.Child.LocalId}");
        var rows = Csv.Parse(text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.Equal(["When", "Who", "Action", "Record type", "Record ID", "Child local ID", "Child name", "Changes"], rows[0]);
        var viewed = rows[1];
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", viewed[0]);
        Assert.Equal([$"{@case.WorkerName} ({@case.Worker.Email})", "Viewed", "Case record", @case.Child.Id.ToString(), @case.Child.LocalId, @case.FullName],
            viewed[1..7]);
        Assert.Equal($"Page: /children/{@case.Child.Id}", viewed[7]);
        var added = Assert.Single(rows, r => r[2] == "Added" && r[3] == "Case record");
        Assert.Equal($"{ApiClients.PoliceName} (integration client)", added[1]);
        Assert.Contains($"Last name: {@case.Child.LastName}", added[7].Split('\n'));
        Assert.All(rows.Skip(1), r => Assert.Equal(@case.Child.LocalId, r[5]));
    }

    [Fact]
    public async Task Export_QuotesWhatNeedsIt_AndMakesFormulasHarmless()
    {
        var @case = await _audit.ChildWithWorkerAsync();
        await _audit.EntryAsync("Added", @case.Child.Id, actor: "=HYPERLINK(\"http://example.org\")", entityType: "CaseNote", entityId: "+44 1234",
            changes: new Dictionary<string, object>
            {
                ["Text"] = new { to = "Said \"no\", then left" },
                ["Title"] = new { to = "-1 visit" },
                ["Long"] = new { to = new string('b', 300) },
            });

        var (_, text) = await ExportAsync($"Child={@case.Child.LocalId}&Action=Changed");
        var row = Assert.Single(Csv.Parse(text), r => r[3] == "Case note");

        Assert.Equal("'=HYPERLINK(\"http://example.org\")", row[1]);
        Assert.Equal("'+44 1234", row[4]);
        Assert.Equal($"Text: Said \"no\", then left\nTitle: -1 visit\nLong: {new string('b', 300)}", row[7]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.org\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Text: Said \"\"no\"\", then left\nTitle: -1 visit\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsItselfAudited_WithTheSearch()
    {
        var @case = await _audit.ChildWithWorkerAsync();

        await ExportAsync($"Child={@case.Child.LocalId}&Action=Viewed&From.Day=1&From.Month=11&From.Year=2026");

        var exported = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Exported" && a.Changes!.Contains(@case.Child.LocalId)).ToListAsync());
        var entry = Assert.Single(exported);
        Assert.Equal("AuditLog", entry.EntityType);
        Assert.Equal(DemoUsers.EmailFor(Roles.Administrator), entry.Actor);
        Assert.Contains("\"From\":{\"to\":\"2026-11-01\"}", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("\"Action\":{\"to\":\"Viewed\"}", entry.Changes, StringComparison.Ordinal);

        var client = await _app.SignedInAsync(Roles.Administrator);
        var page = await client.GetAsync($"/admin/audit?Action=Exported&Who={Uri.EscapeDataString(DemoUsers.EmailFor(Roles.Administrator))}");
        var row = AuditTestData.Rows(page).First(r => r.Changes.Contains($"Child: {@case.Child.LocalId}"));
        Assert.Equal("Exported the audit log", row.What);
    }

    [Fact]
    public async Task Export_WithBadCriteria_ShowsTheErrors_AndExportsNothing()
    {
        var before = await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Exported"));
        var client = await _app.SignedInAsync(Roles.Administrator);

        var page = await client.GetAsync("/admin/audit/export?From.Day=20&From.Month=11&From.Year=2026&To.Day=1&To.Month=11&To.Year=2026");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["The to date must be the same as or after the from date"], page.ErrorSummary);
        Assert.Equal("20", page.Document.QuerySelector("input[name='From.Day']")?.GetAttribute("value"));
        Assert.Equal(before, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Exported")));
    }
}

public sealed class AuditLogExportTestsOnSqlite(SqliteAppFactory app) : AuditLogExportTests(app), IClassFixture<SqliteAppFactory>;

public sealed class AuditLogExportTestsOnPostgreSql(PostgreSqlAppFactory app) : AuditLogExportTests(app), IClassFixture<PostgreSqlAppFactory>;
