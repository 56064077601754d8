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
    public Task<List<SweepRun>> SweepRunsAsync() => HangfireAsync(
        """
        select j.id, j.createdat, coalesce(j.statename, ''),
               coalesce((select string_agg(s.data::json->>'ServerId', ' ' order by s.id) from hangfire.state s where s.jobid = j.id and s.name = 'Processing'), '')
        from hangfire.job j
        where j.invocationdata::text like '%DutySweepJob%'
        order by j.createdat
        """,
        row => new SweepRun(row.GetInt64(0), new DateTimeOffset(row.GetDateTime(1), TimeSpan.Zero), row.GetString(2),
            row.GetString(3) is { Length: > 0 } servers ? servers.Split(' ') : []));

    /// <summary>Whether a server has started a sweep that has not finished (Hangfire's <c>Processing</c> state).</summary>
    public async Task<bool> SweepRunningAsync() => (await HangfireAsync(
        "select exists (select 1 from hangfire.job where statename = 'Processing' and invocationdata::text like '%DutySweepJob%')",
        row => row.GetBoolean(0))).Single();

    /// <summary>The Hangfire servers that have announced themselves (one per node running jobs).</summary>
    public Task<List<string>> JobServersAsync() => HangfireAsync("select id from hangfire.server order by id", row => row.GetString(0));

    private async Task<List<T>> HangfireAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
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
