using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Serilog.Core;
using Serilog.Events;

namespace MissingChildren.IntegrationTests.Api;

/// <summary>
/// The same report sent several times at once (R1): the duplicates lose the race on the unique key and are answered
/// with the first result. That is handled, so nothing is logged at Error for operators to chase.
/// </summary>
public abstract class DuplicateReportLoggingTests
{
    private readonly AppFactory _app;

    protected DuplicateReportLoggingTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task SameReportAtOnce_IsStoredOnce_AndTheHandledDuplicatesAreNotLoggedAsErrors()
    {
        var sink = new CapturingSink();
        await using var host = _app.WithWebHostBuilder(b =>
        {
            // Everything EF Core says, even at Debug, where it records the handled unique-key race.
            b.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Debug");
            b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink));
        });
        var reference = TestData.Unique("DUP-");
        var json = $$"""
            {"source":"Police","sourceReference":"{{reference}}","kind":"Missing","child":{"localId":"P101"},
             "missingFrom":"2026-11-20T10:00:00+00:00","policeRiskLevel":"Medium"}
            """;

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiClients.PoliceKey);
            return await client.PostJsonAsync("/api/v1/notifications", json);
        }));

        Assert.All(responses, r => Assert.Contains(r.Response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(responses.Select(r => (string?)r.Body!["notificationId"]).Distinct());
        Assert.Equal(1, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.SourceReference == reference)));
        Assert.Empty(sink.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}

public sealed class DuplicateReportLoggingTestsOnSqlite(SqliteAppFactory app) : DuplicateReportLoggingTests(app), IClassFixture<SqliteAppFactory>;

public sealed class DuplicateReportLoggingTestsOnPostgreSql(PostgreSqlAppFactory app) : DuplicateReportLoggingTests(app), IClassFixture<PostgreSqlAppFactory>;
