using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.IntegrationTests.Api;

/// <summary>
/// Every case of <see cref="ApiBadInputCorpus"/> with a valid key: a 4xx problem+json naming the field where there is
/// one, and nothing changed in the database (api.md: bad input never changes state).
/// </summary>
public abstract class ApiBadInputTests
{
    private static readonly string[] Changes = ["Added", "Modified", "Deleted"];

    private readonly AppFactory _app;

    protected ApiBadInputTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> Cases => ApiBadInputCorpus.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_Gets4xxProblem_AndChangesNothing(string name)
    {
        var bad = ApiBadInputCorpus.Cases[name];
        var before = await SnapshotAsync();

        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), new Uri(bad.Url, UriKind.Relative));
        if (bad.ContentType is not null || bad.Body.Length > 0)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(bad.Body));
            if (bad.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", bad.ContentType);
            }
        }

        var response = await _app.CreateApiClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(bad.Status == (int)response.StatusCode, $"{name}: expected {bad.Status}, got {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(bad.Status, (int)problem["status"]!);
        if (bad.Field is not null)
        {
            var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
            Assert.True(fields.Contains(bad.Field), $"{name}: expected an error for {bad.Field}, got {string.Join(", ", fields)}");
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task WrongMethod_Gets405ProblemSayingWhichMethodsTheAddressTakes()
    {
        var response = await _app.CreateApiClient().DeleteAsync(new Uri("/api/v1/children/P100", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equivalent(new[] { "GET", "PUT", "PATCH" }, response.Content.Headers.Allow);
    }

    [Fact]
    public async Task WrongMethodOrAddress_WithoutAKey_Gets401AsAnyOtherCall()
    {
        var client = _app.CreateApiClient(key: null);

        var method = await client.DeleteAsync(new Uri("/api/v1/children/P100", UriKind.Relative));
        var address = await client.GetAsync(new Uri("/api/v1/episodes/not-a-guid", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, method.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, address.StatusCode);
        Assert.Equal("application/problem+json", address.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Counts of every table a request could add to, and of audited changes (reads are audited too, so not counted).</summary>
    private Task<string> SnapshotAsync() => _app.WithDbAsync(async db => string.Join(' ',
        await db.Children.CountAsync(),
        await db.Involvements.CountAsync(),
        await db.Teams.CountAsync(),
        await db.Episodes.CountAsync(),
        await db.Notifications.CountAsync(),
        await db.DutyTasks.CountAsync(),
        await db.Notices.CountAsync(),
        await db.AuditEntries.CountAsync(a => Changes.Contains(a.Action))));
}

public sealed class ApiBadInputTestsOnSqlite(SqliteAppFactory app) : ApiBadInputTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ApiBadInputTestsOnPostgreSql(PostgreSqlAppFactory app) : ApiBadInputTests(app), IClassFixture<PostgreSqlAppFactory>;
