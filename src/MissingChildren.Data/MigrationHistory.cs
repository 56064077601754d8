using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MissingChildren.Data;

/// <summary>
/// Before the first release each provider's migrations were squashed into one Initial migration
/// (docs/decisions/0008-projects-and-migrations-per-provider.md). A database built by the old history has its
/// tables but none of today's migrations, so migrating it would fail half-way; this stops first, saying what to do.
/// </summary>
public static class MigrationHistory
{
    public const string Decision = "docs/decisions/0008-projects-and-migrations-per-provider.md";

    /// <summary>Throws when the database exists, has applied migrations, and none of them is one this build knows.</summary>
    public static async Task EnsureKnownAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (!await database.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return;
        }

        var applied = (await database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var known = database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (applied.Count == 0 || applied.Exists(known.Contains))
        {
            return;
        }

        var connection = database.GetDbConnection();
        var what = connection is SqliteConnection sqlite
            ? $"The SQLite database {sqlite.DataSource} was built by migrations from before they were squashed ({Decision}). " +
              $"Delete {sqlite.DataSource} (it holds only development or demo data) and start again: the app creates it afresh."
            : $"The database '{connection.Database}' was built by migrations from before they were squashed ({Decision}). " +
              "Drop and recreate it (before the first release it holds only development or test data) and start again.";
        throw new InvalidOperationException(what);
    }
}
