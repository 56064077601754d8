using Microsoft.Data.Sqlite;
using Npgsql;

namespace MissingChildren.Testing;

/// <summary>
/// A throwaway database for one test host: a fresh SQLite file or PostgreSQL database, or a copy of a
/// <see cref="DatabaseTemplates">template</see> already migrated and seeded with the demo council.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>Set by CI: a suite whose server is missing fails instead of skipping.</summary>
    public static bool RequireAllServers => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    /// <summary>Puts the template's data back (a database made from a template only).</summary>
    public abstract Task RestoreAsync();

    public static TestDatabase Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteTestDatabase(),
        "PostgreSql" => PostgreSqlTestDatabase.Create(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or PostgreSql"),
    };

    /// <summary>A copy of a template: a file copy (SQLite) or <c>CREATE DATABASE … TEMPLATE …</c> (PostgreSQL).</summary>
    public static TestDatabase CopyOf(TestDatabase template) => template switch
    {
        SqliteTestDatabase sqlite => SqliteTestDatabase.CopyOf(sqlite),
        PostgreSqlTestDatabase postgres => PostgreSqlTestDatabase.CopyOf(postgres),
        _ => throw new ArgumentOutOfRangeException(nameof(template), template.Provider, "Sqlite or PostgreSql"),
    };
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly SqliteTestDatabase? _template;

    private SqliteTestDatabase(SqliteTestDatabase? template)
    {
        _template = template;
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
    }

    public SqliteTestDatabase()
        : this(null)
    {
    }

    public string FilePath { get; } = Path.Combine(Path.GetTempPath(), "missingchildren-tests", $"{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={FilePath}";

    internal static SqliteTestDatabase CopyOf(SqliteTestDatabase template)
    {
        var copy = new SqliteTestDatabase(template);
        File.Copy(template.FilePath, copy.FilePath);
        return copy;
    }

    /// <summary>SQLite's online backup writes the template's pages into the live file, under the host's open connections.</summary>
    public override Task RestoreAsync()
    {
        var template = _template ?? throw new InvalidOperationException("This database was not made from a template.");
        using var source = new SqliteConnection($"Data Source={template.FilePath};Mode=ReadOnly;Pooling=False");
        using var target = new SqliteConnection(ConnectionString);
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Delete();
        return ValueTask.CompletedTask;
    }

    internal void Delete()
    {
        foreach (var file in new[] { FilePath, FilePath + "-wal", FilePath + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
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
    private readonly PostgreSqlTestDatabase? _template;

    private PostgreSqlTestDatabase(string server, string name, PostgreSqlTestDatabase? template)
    {
        _server = server;
        Name = name;
        _template = template;
    }

    public string Name { get; }

    public override string Provider => "PostgreSql";

    /// <summary>
    /// The database's connection string. A commit does not wait for the server to flush its log to disk
    /// (<c>synchronous_commit=off</c>: a committed row is seen at once by every session; only a crash of the server
    /// itself, which no test makes, could lose it), so the tests' many small transactions do not each wait for the disk.
    /// </summary>
    public override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(_server) { Database = Name, Options = "-c synchronous_commit=off" }.ConnectionString;

    public static string Server => Environment.GetEnvironmentVariable("MC_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    /// <summary>Why PostgreSQL tests cannot run here, or null when the server answers.</summary>
    public static string? Unavailable { get; } = Probe();

    public static PostgreSqlTestDatabase Create() => Create("mc_test", template: null);

    internal static PostgreSqlTestDatabase CreateTemplate() => Create("mc_template", template: null);

    internal static PostgreSqlTestDatabase CopyOf(PostgreSqlTestDatabase template) => Create("mc_test", template);

    private static PostgreSqlTestDatabase Create(string prefix, PostgreSqlTestDatabase? template)
    {
        var database = new PostgreSqlTestDatabase(Server, $"{prefix}_{Guid.NewGuid():N}", template);
        database.CreateOnServer();
        return database;
    }

    /// <summary>Drops the database and makes it again from its template: the host's next connection sees the template's data.</summary>
    public override Task RestoreAsync()
    {
        if (_template is null)
        {
            throw new InvalidOperationException("This database was not made from a template.");
        }

        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Drop();
        CreateOnServer();
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        Drop();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Drops the database, ending any session left on it. Autovacuum may be at work on it, and a user who is not a
    /// superuser may not end that (42501): it finishes within moments, so the drop is tried again.
    /// </summary>
    internal void Drop()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (attempt < 20 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private void CreateOnServer() =>
        Execute(_template is null ? $"CREATE DATABASE \"{Name}\"" : $"CREATE DATABASE \"{Name}\" TEMPLATE \"{_template.Name}\"");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
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
