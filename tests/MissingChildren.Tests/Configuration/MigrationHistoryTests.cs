using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;

namespace MissingChildren.Tests.Configuration;

/// <summary>A developer's database from before the migrations were squashed stops start-up with what to do.</summary>
public sealed class MigrationHistoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "missingchildren-tests", $"history-{Guid.NewGuid():N}.db");

    public MigrationHistoryTests() => Directory.CreateDirectory(Path.GetDirectoryName(_path)!);

    [Fact]
    public async Task NoDatabaseYet_PassesAndMigrates()
    {
        await using var db = Context();

        await db.Database.EnsureKnownAsync(TestContext.Current.CancellationToken);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MigratedDatabase_Passes()
    {
        await using (var first = Context())
        {
            await first.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        await using var db = Context();
        await db.Database.EnsureKnownAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DatabaseBuiltByTheOldHistory_StopsNamingTheFileToDelete()
    {
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261127205140_Initial', '10.0.0');
                """;
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var db = Context();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Database.EnsureKnownAsync(TestContext.Current.CancellationToken));

        Assert.Contains($"Delete {_path}", error.Message, StringComparison.Ordinal);
        Assert.Contains(MigrationHistory.Decision, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private SqliteAppDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_path}").Options);
}
