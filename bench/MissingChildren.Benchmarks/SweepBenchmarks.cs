using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Testing;
using MissingChildren.Domain.Episodes;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Data;

namespace MissingChildren.Benchmarks;

/// <summary>
/// The every-minute sweep with the same open work (the demo council: 8 open and 6 returned episodes with their
/// duties) over 1,000 or 100,000 closed episodes of history. Its time should not grow with history.
/// Runs on SQLite by default; set MC_BENCH_PROVIDER=PostgreSql (and MC_TEST_POSTGRES) for PostgreSQL.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private AppFactory _app = default!;

    [Params(1_000, 100_000)]
    public int ClosedEpisodes { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _app = Environment.GetEnvironmentVariable("MC_BENCH_PROVIDER") == "PostgreSql" ? new PostgreSqlAppFactory() : new SqliteAppFactory();
        _app.With("Serilog:MinimumLevel:Default", "Error");
        await _app.InitializeAsync();
        await SeedHistoryAsync(_app, ClosedEpisodes);
        await _app.SweepAsync(); // raise whatever is due once, so every measured sweep does the same work
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _app.DisposeAsync();

    [Benchmark]
    public Task<SweepDuties.Result> Sweep() => _app.SweepAsync();

    /// <summary>Closed episodes spread over the demo children and the past three years.</summary>
    public static async Task SeedHistoryAsync(AppFactory app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var children = await db.Children.Select(c => c.Id).ToListAsync();
        var now = app.Clock.GetUtcNow();
        const int batch = 5_000;
        for (var start = 0; start < count; start += batch)
        {
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var from = now.AddDays(-30 - (i % 1_000)).AddHours(-(i % 24));
                db.Episodes.Add(new MissingEpisode
                {
                    ChildId = children[i % children.Count],
                    Category = EpisodeCategory.Missing,
                    Status = EpisodeStatus.Closed,
                    MissingFrom = from,
                    ReportedAt = from.AddHours(1),
                    NotifiedAt = from.AddHours(1),
                    FoundAt = from.AddHours(6),
                    ReturnKnownAt = from.AddHours(6),
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.ShortRun.WithId("short"));
    }
}
