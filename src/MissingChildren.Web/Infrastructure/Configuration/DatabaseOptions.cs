using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary><c>Database__Provider</c>, <c>Database__MigrateOnStartup</c>; the connection string is <c>ConnectionStrings__Default</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (default on in Development).</summary>
    public bool MigrateOnStartup { get; set; }
}

/// <summary><c>Demo__Seed</c> and <c>Demo__Password</c>: demo data and one demo user per role, for trying the service.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>The documented default demo password. Demo users exist only where <see cref="Seed"/> is on.</summary>
    public const string DefaultPassword = "Demo-Password-1";

    public bool Seed { get; set; }

    [MinLength(12)]
    public string Password { get; set; } = DefaultPassword;

    /// <summary>
    /// <c>Demo__AllowInProduction</c>: the one way to seed demo data in Production (a demonstration installation). Without
    /// it, <see cref="Seed"/> in Production stops the app at start-up (<see cref="DemoOptionsValidator"/>).
    /// </summary>
    public bool AllowInProduction { get; set; }
}

/// <summary>
/// Demo users have a published password, so they must never appear in a live system by mistake: <c>Demo__Seed=true</c>
/// in Production refuses to start unless <c>Demo__AllowInProduction=true</c> says it is meant.
/// </summary>
internal sealed class DemoOptionsValidator(IHostEnvironment environment) : IValidateOptions<DemoOptions>
{
    public const string InProductionMessage =
        "Demo:Seed is true in Production: it would create demo users whose password is published. Set Demo:Seed=false "
        + "(Demo__Seed=false), or also set Demo:AllowInProduction=true (Demo__AllowInProduction=true) for a demonstration installation.";

    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Seed && !options.AllowInProduction && environment.IsProduction()
            ? ValidateOptionsResult.Fail(InProductionMessage)
            : ValidateOptionsResult.Success;
    }
}

/// <summary><c>Jobs__*</c>: where Hangfire keeps its state and whether this node runs jobs.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary><c>Database</c> (the configured provider's storage) or <c>InMemory</c> (tests only).</summary>
    public JobStorageKind Storage { get; set; } = JobStorageKind.Database;

    /// <summary>The Hangfire SQLite file when the provider is SQLite, relative to the content root.</summary>
    public string SqliteFile { get; set; } = "App_Data/hangfire.db";

    /// <summary>Whether this node processes jobs. Several nodes may; Hangfire distributes the work.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>How many jobs this node runs at once.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>R35: the time of day (UK time) the Head of Service update is e-mailed on each working day, where the profile says so.</summary>
    public TimeOnly HeadOfServiceUpdateAt { get; set; } = new(7, 30);
}

public enum JobStorageKind
{
    Database,
    InMemory,
}
