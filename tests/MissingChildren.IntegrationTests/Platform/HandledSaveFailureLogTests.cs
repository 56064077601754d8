using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Administration;
using Serilog.Core;
using Serilog.Events;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>
/// A unique-key race the code handles (two people naming a team or a client the same at once, a duty raised twice)
/// is not an Error in the log: EF Core's record of the failed save is Debug, and an unhandled one is logged at
/// Error by whoever answers it.
/// </summary>
public abstract class HandledSaveFailureLogTests
{
    private readonly LoggedAppFactory _app;

    protected HandledSaveFailureLogTests(LoggedAppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    [Fact]
    public async Task AUniqueKeyViolation_IsLoggedAtDebug_NotAtError()
    {
        var name = $"Records system {Guid.NewGuid():N}";
        await AddClientAsync(name);
        _app.Events.Clear();

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => AddClientAsync(name));

        Assert.True(refused.IsUniqueViolation());
        var saveFailed = _app.Events.Where(e => e.Properties.TryGetValue("EventId", out var id) && id.ToString().Contains("SaveChangesFailed", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(saveFailed);
        Assert.All(saveFailed, e => Assert.Equal(LogEventLevel.Debug, e.Level));
        Assert.DoesNotContain(_app.Events, e => e.Level >= LogEventLevel.Error);
    }

    private async Task<int> AddClientAsync(string name) => await _app.WithDbAsync(db =>
    {
        db.ApiClients.Add(new ApiClient
        {
            Name = name, Agency = Agency.Police, Scopes = "read", KeyHash = [1, 2, 3], KeyHint = "abcd", CreatedBy = "test", CreatedAt = _app.Clock.GetUtcNow(),
        });
        return db.SaveChangesAsync();
    });
}

/// <summary>A host whose log events (EF Core's included, from Debug) are kept for the test to read.</summary>
public abstract class LoggedAppFactory : AppFactory, ILogEventSink
{
    protected LoggedAppFactory(string provider)
        : base(provider)
    {
        With("Serilog:MinimumLevel:Default", "Debug");
        With("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Debug");
    }

    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(this));
    }
}

public sealed class SqliteLoggedAppFactory() : LoggedAppFactory("Sqlite");

public sealed class PostgreSqlLoggedAppFactory() : LoggedAppFactory("PostgreSql");

/// <summary>
/// The tests that read a host's log run alone: a host started alongside them in the same process can take over the
/// process's Serilog logger, and its events would then not reach the host the test reads.
/// </summary>
[CollectionDefinition(nameof(LoggedHosts), DisableParallelization = true)]
public sealed class LoggedHosts;

[Collection(nameof(LoggedHosts))]
public sealed class HandledSaveFailureLogTestsOnSqlite(SqliteLoggedAppFactory app) : HandledSaveFailureLogTests(app), IClassFixture<SqliteLoggedAppFactory>;

[Collection(nameof(LoggedHosts))]
public sealed class HandledSaveFailureLogTestsOnPostgreSql(PostgreSqlLoggedAppFactory app) : HandledSaveFailureLogTests(app), IClassFixture<PostgreSqlLoggedAppFactory>;
