using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire, with its state in the configured database so several web nodes share one queue and one
/// schedule (stack.md "Hangfire storage per database provider").
/// </summary>
public static class JobsSetup
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddAppJobs(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default") ?? "";

        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();

            if (jobs.Storage == JobStorageKind.InMemory)
            {
                return; // Registered below, one per host.
            }

            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    var file = Path.IsPathRooted(jobs.SqliteFile) ? jobs.SqliteFile : Path.Combine(environment.ContentRootPath, jobs.SqliteFile);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    config.UseSQLiteStorage(file);
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { SchemaName = "hangfire" });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(connectionString);
                    break;
            }
        });

        if (jobs.Storage == JobStorageKind.InMemory)
        {
            // Each host its own in-memory storage, not the process-wide JobStorage.Current: several hosts in one process
            // (the test run) would otherwise share one, and the first to stop would dispose it under the others.
            services.AddSingleton<JobStorage>(_ => new Hangfire.InMemory.InMemoryStorage());
        }

        services.AddScoped<DutySweepJob>();
        services.AddScoped<NoticeEmailJob>();
        services.AddScoped<HeadOfServiceUpdateJob>();
        services.AddHostedService<RecurringJobsRegistration>();

        if (jobs.RunServer)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = jobs.WorkerCount;
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return services;
    }

    /// <summary>The Hangfire dashboard at <c>/admin/jobs</c>, for Administrators only.</summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            // Its "Back to site" link returns to the administration page, the one page that links to it.
            AppPath = Web.Links.Admin,
            DashboardTitle = "MissingChildren jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Roles.Administrator);

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Administrator);
    }
}
