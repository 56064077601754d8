using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using Npgsql;

namespace MissingChildren.ResilienceTests;

/// <summary>
/// The database the nodes share, read directly by the test: the app's own model for what it stored, and Hangfire's
/// tables (schema <c>hangfire</c>) for what its job server did. A fresh PostgreSQL database per test class, dropped after.
/// </summary>
public sealed class Installation : IAsyncDisposable
{
    private Installation(PostgreSqlTestDatabase database) => Database = database;

    public PostgreSqlTestDatabase Database { get; }

    public string ConnectionString => Database.ConnectionString;

    /// <summary>A fresh, empty database on the test PostgreSQL server.</summary>
    public static Installation Create() => new(PostgreSqlTestDatabase.Create());

    public async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(ConnectionString).Options;
        await using var db = new PostgreSqlAppDbContext(options);
        return await read(db);
    }

    /// <summary>Every run of the duty sweep Hangfire has recorded: when it was created, its state now, and each time a server started it.</summary>
    public async Task<IReadOnlyList<SweepRun>> SweepRunsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            select j.id, j.createdat, j.statename,
                   coalesce((select string_agg(s.data::json->>'ServerId', ' ' order by s.id) from hangfire.state s where s.jobid = j.id and s.name = 'Processing'), '')
            from hangfire.job j
            where j.invocationdata::text like '%DutySweepJob%'
            order by j.createdat
            """;
        var runs = new List<SweepRun>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var servers = reader.GetString(3);
            runs.Add(new SweepRun(reader.GetInt64(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero), reader.IsDBNull(2) ? "" : reader.GetString(2),
                servers.Length == 0 ? [] : servers.Split(' ')));
        }

        return runs;
    }

    /// <summary>Whether a server has started a sweep that has not finished (Hangfire's <c>Processing</c> state).</summary>
    public async Task<bool> SweepRunningAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "select exists (select 1 from hangfire.job where statename = 'Processing' and invocationdata::text like '%DutySweepJob%')";
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The Hangfire servers that have announced themselves (one per node running jobs).</summary>
    public async Task<IReadOnlyList<string>> JobServersAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "select id from hangfire.server order by id";
        var servers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            servers.Add(reader.GetString(0));
        }

        return servers;
    }

    /// <summary>Waits until <paramref name="done"/> holds, reading it again at each <paramref name="every"/>; false after <paramref name="timeout"/>.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done, TimeSpan timeout, TimeSpan every)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await done())
            {
                return true;
            }

            await Task.Delay(every);
        }

        return await done();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Database.DisposeAsync();
    }

    /// <param name="ServerIds">The Hangfire server of each time it was started (its id begins with the machine and process id).</param>
    public sealed record SweepRun(long JobId, DateTimeOffset CreatedAt, string State, IReadOnlyList<string> ServerIds);
}
