using Microsoft.Data.Sqlite;
using Npgsql;

namespace MissingChildren.Testing;

/// <summary>A throwaway database for one test host: a fresh SQLite file, or a fresh PostgreSQL database.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>Set by CI: a suite whose server is missing fails instead of skipping.</summary>
    public static bool RequireAllServers => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public static TestDatabase Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteTestDatabase(),
        "PostgreSql" => PostgreSqlTestDatabase.Create(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or PostgreSql"),
    };
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "missingchildren-tests", $"{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={_path}";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A database created for the test host on the PostgreSQL server named by <c>MC_TEST_POSTGRES</c>
/// (default: the CI server, <c>Host=127.0.0.1;Username=mc;Password=mc_pw</c>), and dropped afterwards.
/// </summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=mc;Password=mc_pw;Database=postgres;Timeout=5";

    private readonly string _server;
    private readonly string _name;

    private PostgreSqlTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
    }

    public override string Provider => "PostgreSql";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static string Server => Environment.GetEnvironmentVariable("MC_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    /// <summary>Why PostgreSQL tests cannot run here, or null when the server answers.</summary>
    public static string? Unavailable { get; } = Probe();

    public static PostgreSqlTestDatabase Create()
    {
        var name = $"mc_test_{Guid.NewGuid():N}";
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        command.ExecuteNonQuery();
        return new PostgreSqlTestDatabase(Server, name);
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(Server);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return $"PostgreSQL is not reachable at {new NpgsqlConnectionStringBuilder(Server).Host}:{new NpgsqlConnectionStringBuilder(Server).Port} ({ex.GetType().Name}). " +
                   "Start it (see .ci/run) or set MC_TEST_POSTGRES to a server where the user may create databases.";
        }
    }
}
