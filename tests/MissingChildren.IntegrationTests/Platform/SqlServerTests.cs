using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using Testcontainers.MsSql;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>
/// SQL Server, the production default, in a throwaway container. Runs only where a Docker engine answers;
/// elsewhere it is skipped with the reason. Never a substitute for the PostgreSQL suites, which CI runs.
/// </summary>
public sealed class SqlServerTests
{
    private static string? DockerUnavailable()
    {
        var socket = Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host && host.StartsWith("unix://", StringComparison.Ordinal)
            ? host["unix://".Length..]
            : "/var/run/docker.sock";
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } remote && !remote.StartsWith("unix://", StringComparison.Ordinal))
        {
            return null;
        }

        return File.Exists(socket) ? null : $"SQL Server tests need a Docker engine (no socket at {socket}); SQL Server cannot run on this machine.";
    }

    [Fact]
    public async Task SqlServer_MigratesSeedsAndSignsIn()
    {
        if (DockerUnavailable() is { } reason)
        {
            Assert.Skip(reason);
        }

        await using var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await container.StartAsync();
        await using var app = new SqlServerAppFactory(container.GetConnectionString());
        await app.InitializeAsync();
        var client = app.CreateHtmlClient();

        var ready = await app.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        var signedIn = await client.SignInAsync(Roles.TeamManager);
        var children = await app.WithDbAsync(db => db.Children.CountAsync());

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("/", signedIn.Location);
        Assert.Equal(40, children);
    }

    private sealed class SqlServerAppFactory : AppFactory
    {
        public SqlServerAppFactory(string connectionString)
            : base("SqlServer")
        {
            With("ConnectionStrings:Default", connectionString);
        }

        public override ValueTask InitializeAsync()
        {
            StartServer();
            return ValueTask.CompletedTask;
        }
    }
}
