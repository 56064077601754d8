using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Auditing;

namespace MissingChildren.IntegrationTests.Administration.Audit;

/// <summary>
/// What the audit log tests need: a child of their own with the entries the service writes for it (added by the police
/// system through the API, viewed by their social worker), entries written as other work writes them, and the search
/// page's rows read as a person reads them.
/// </summary>
public sealed class AuditTestData(AppFactory app)
{
    private readonly TestData _data = new(app);

    public TestData Data => _data;

    /// <summary>A child with a social worker of their own (with a unique display name) who can open their case.</summary>
    public sealed record Case(TestData.TestChild Child, TestData.TestTeam Team, TestData.TestWorker Worker, string WorkerName)
    {
        public string FullName => $"{Child.FirstName} {Child.LastName}";
    }

    public async Task<Case> ChildWithWorkerAsync()
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var name = $"Sam {TestData.Surname()}";
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == worker.Id);
            user.DisplayName = name;
            return await db.SaveChangesAsync();
        });
        var child = await _data.ChildAsync(team: team, worker: worker);
        return new Case(child, team, worker, name);
    }

    /// <summary>The child's social worker opens their case view: a "Viewed" entry under the worker's user name.</summary>
    public async Task ViewAsync(Case @case)
    {
        var client = await app.SignedInAsync(@case.Worker);
        var page = await client.GetAsync($"/children/{@case.Child.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>The case management system sends the child again with a new address: a "Modified" entry.</summary>
    public async Task MoveAsync(Case @case, string address)
    {
        var (response, _) = await app.CreateApiClient().PutJsonAsync($"/api/v1/children/{@case.Child.LocalId}", new
        {
            firstName = @case.Child.FirstName,
            lastName = @case.Child.LastName,
            dateOfBirth = @case.Child.DateOfBirth,
            gender = (string?)null,
            address,
            involvements = Array.Empty<object>(),
            allocatedTeam = @case.Team.Name,
            allocatedWorkerEmail = @case.Worker.Email,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>An entry written as other work writes it (a refusal, say), now by the host's clock.</summary>
    public Task<AuditEntry> EntryAsync(string action, Guid? childId, string actor = "system", string entityType = "Child",
        string? entityId = null, object? changes = null)
    {
        var entry = new AuditEntry
        {
            At = app.Clock.GetUtcNow(),
            Actor = actor,
            EntityType = entityType,
            EntityId = entityId ?? childId?.ToString() ?? Guid.NewGuid().ToString(),
            ChildId = childId,
            Action = action,
            Changes = changes is null ? null : JsonSerializer.Serialize(changes),
        };
        return app.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry;
        });
    }

    /// <summary>One row of the results table, cell by cell, as read on the page.</summary>
    public sealed record Row(string When, string Who, string What, string Record, string? ChildLink, IReadOnlyList<string> Changes);

    public static IReadOnlyList<Row> Rows(HtmlClient.Page page) =>
    [
        .. page.Document.QuerySelectorAll("[data-testid=audit-entry]").Select(tr =>
        {
            var cells = tr.QuerySelectorAll("td").Select(td => Squash(td.TextContent)).ToList();
            var changes = tr.QuerySelectorAll("td:last-child li").Select(li => Squash(li.TextContent)).ToList();
            return new Row(cells[0], cells[1], cells[2], cells[3], tr.QuerySelector("td:nth-child(4) a")?.GetAttribute("href"), changes);
        }),
    ];

    /// <summary>Rows as text, to compare two searches.</summary>
    public static IEnumerable<string> Lines(IEnumerable<Row> rows) =>
        rows.Select(r => $"{r.When}|{r.Who}|{r.What}|{r.Record}|{string.Join(";", r.Changes)}");

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
