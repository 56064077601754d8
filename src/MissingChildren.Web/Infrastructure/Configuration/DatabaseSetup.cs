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
                    HandledFailuresBelowError(o.UseSqlite(sqlite)).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<AppDbContext, PostgreSqlAppDbContext>((sp, o) =>
                    HandledFailuresBelowError(o.UseNpgsql(Required(connectionString, options.Provider))).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, o) =>
                    HandledFailuresBelowError(o.UseSqlServer(Required(connectionString, options.Provider), s => s.EnableRetryOnFailure()))
                        .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported.");
        }

        return services;
    }

    /// <summary>
    /// A save refused by a unique key or a concurrency check is usually handled (the same report arriving twice at once is
    /// answered with the first; a duty raised twice is read again), so EF Core's own report of it is Information, not
    /// Error. A failure nobody handles still reaches the exception handler or the job runner, which log it at Error.
    /// </summary>
    private static DbContextOptionsBuilder HandledFailuresBelowError(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Information),
            (CoreEventId.OptimisticConcurrencyException, LogLevel.Information),
            (RelationalEventId.CommandError, LogLevel.Information)));

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

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:Default is required when Database:Provider is {provider}.")
            : connectionString;
}
