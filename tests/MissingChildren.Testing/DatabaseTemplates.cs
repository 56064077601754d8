using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MissingChildren.Testing;

/// <summary>
/// Once per test run, provider and policy profile (the profile decides the duties the demo seed raises): a database
/// migrated and seeded with the demo council by a real host whose clock stands at <see cref="AppFactory.StartTime"/>,
/// the time every test host starts at. Each test host gets a copy, so every test class starts from the same data and
/// no host migrates or seeds again. The templates are dropped when the test run ends.
/// </summary>
public static class DatabaseTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<TestDatabase?>>> Templates = new(StringComparer.Ordinal);

    static DatabaseTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAll();

    /// <summary>The template for this provider and profile, or null when no host starts with that profile (the test host then reports why).</summary>
    public static Task<TestDatabase?> GetAsync(string provider, string profile) =>
        Templates.GetOrAdd($"{provider}|{profile}", _ => new Lazy<Task<TestDatabase?>>(() => BuildAsync(provider, profile))).Value;

    private static async Task<TestDatabase?> BuildAsync(string provider, string profile)
    {
        TestDatabase template = provider == "PostgreSql" ? PostgreSqlTestDatabase.CreateTemplate() : new SqliteTestDatabase();
        try
        {
            await using (var host = new AppFactory(provider, template))
            {
                host.With("Policy:Profile", profile);
                await host.InitializeAsync();

                // Each host makes its own data protection keys, as on a fresh database.
                await host.WithDbAsync(db => db.DataProtectionKeys.ExecuteDeleteAsync());
            }

            // A template is copied only while nobody is connected to it.
            if (template is PostgreSqlTestDatabase postgres)
            {
                await using var connection = new NpgsqlConnection(postgres.ConnectionString);
                NpgsqlConnection.ClearPool(connection);
            }
            else
            {
                SqliteConnection.ClearAllPools();
            }

            return template;
        }
#pragma warning disable CA1031 // A host that cannot start (an unknown profile, say) fails the same way on its own database.
        catch (Exception)
#pragma warning restore CA1031
        {
            await template.DisposeAsync();
            return null;
        }
    }

    private static void DropAll()
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated && t.Value.IsCompletedSuccessfully).Select(t => t.Value.Result))
        {
            switch (template)
            {
                case PostgreSqlTestDatabase postgres:
                    NpgsqlConnection.ClearAllPools();
                    postgres.Drop();
                    break;
                case SqliteTestDatabase sqlite:
                    SqliteConnection.ClearAllPools();
                    sqlite.Delete();
                    break;
            }
        }
    }
}
