using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Seeding;

/// <summary><c>Bootstrap__AdministratorEmail</c> and <c>Bootstrap__AdministratorPassword</c>: the first administrator of a new installation.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdministratorEmail { get; set; }

    public string? AdministratorPassword { get; set; }
}

/// <summary>
/// Runs once at start-up, before requests are served: applies migrations (when configured), makes sure every
/// role exists, creates the bootstrap administrator, and seeds the demo council when <c>Demo__Seed</c> is on.
/// </summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<ApplicationUser> users,
    DemoSeeder demo,
    IOptions<DatabaseOptions> database,
    IOptions<DemoOptions> demoOptions,
    IOptions<BootstrapOptions> bootstrap,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStartup)
        {
            LogMigrating(logger, database.Value.Provider);
            await db.Database.EnsureKnownAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        await CreateBootstrapAdministratorAsync();

        if (demoOptions.Value.Seed)
        {
            await demo.SeedAsync(demoOptions.Value.Password, cancellationToken);
        }
    }

    private async Task CreateBootstrapAdministratorAsync()
    {
        var email = bootstrap.Value.AdministratorEmail;
        var password = bootstrap.Value.AdministratorPassword;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        // The password came from configuration: the administrator chooses their own at the first sign-in.
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", MustChangePassword = true };
        Check(await users.CreateAsync(user, password), "create the bootstrap administrator");
        Check(await users.AddToRoleAsync(user, Roles.Administrator), "make the bootstrap user an administrator");
        LogBootstrapped(logger);
    }

    internal static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying database migrations for {Provider}")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap administrator account")]
    private static partial void LogBootstrapped(ILogger logger);
}

/// <summary>
/// Prepares the database as the host starts, after configuration is validated and before the web server or
/// the job server start, so the first request and the first job find a migrated database.
/// </summary>
internal sealed class DatabaseInitializerService(IServiceScopeFactory scopes) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
