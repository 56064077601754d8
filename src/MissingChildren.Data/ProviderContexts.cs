using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MissingChildren.Data;

/// <summary>The embedded default: one file, nothing to install.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    /// <summary>The project that holds this provider's migrations.</summary>
    public const string MigrationsAssembly = "MissingChildren.Migrations.Sqlite";

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlite(o => o.MigrationsAssembly(MigrationsAssembly));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite cannot compare or order DateTimeOffset text; every instant is stored as UTC, so a
        // binary (tick) encoding sorts and compares correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>PostgreSQL: supported in production and the real server in CI.</summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    /// <summary>The project that holds this provider's migrations.</summary>
    public const string MigrationsAssembly = "MissingChildren.Migrations.PostgreSql";

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql(o => o.MigrationsAssembly(MigrationsAssembly));
}

/// <summary>SQL Server: the production default for councils on Microsoft estates.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>The project that holds this provider's migrations.</summary>
    public const string MigrationsAssembly = "MissingChildren.Migrations.SqlServer";

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlServer(o => o.MigrationsAssembly(MigrationsAssembly));
}
