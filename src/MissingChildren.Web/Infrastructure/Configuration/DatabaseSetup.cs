using Microsoft.EntityFrameworkCore.Diagnostics;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Infrastructure.Configuration;

/// <summary>Chooses the database provider from <c>Database__Provider</c> and registers the matching context.</summary>
public static class DatabaseSetup
{
    public const string DefaultSqliteConnection = "Data Source=App_Data/missingchildren.db";

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default");

        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<ICurrentActor>());
        services.AddScoped<AuditingInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(connectionString ?? DefaultSqliteConnection, environment.ContentRootPath);
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) =>
                    o.UseSqlite(sqlite).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()).LogSaveFailuresAtDebug());
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<AppDbContext, PostgreSqlAppDbContext>((sp, o) =>
                    o.UseNpgsql(Required(connectionString, options.Provider)).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()).LogSaveFailuresAtDebug());
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, o) =>
                    o.UseSqlServer(Required(connectionString, options.Provider), s => s.EnableRetryOnFailure())
                        .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()).LogSaveFailuresAtDebug());
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported.");
        }

        return services;
    }

    /// <summary>
    /// Resolves a relative SQLite file against the content root and creates its folder, so the app starts
    /// the same from any working directory.
    /// </summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }

    /// <summary>
    /// EF Core's own record of a failed save (and of its failed command) is Debug: a save that fails and is not
    /// handled is logged at Error, with its exception, by whoever answers it (the pages' and the API's exception
    /// handlers, the job runner), while a unique-key race the code handles (it reads the other row, or answers with
    /// a message) is not an Error in the log.
    /// </summary>
    private static DbContextOptionsBuilder LogSaveFailuresAtDebug(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (CoreEventId.OptimisticConcurrencyException, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:Default is required when Database:Provider is {provider}.")
            : connectionString;
}
