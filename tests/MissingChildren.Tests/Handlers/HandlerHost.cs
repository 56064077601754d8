using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;

namespace MissingChildren.Tests.Handlers;

/// <summary>
/// The use cases without a web host: the app's mediator and pipeline (validation first) and its data services over a
/// SQLite database in memory made from the model, a <see cref="FakeTimeProvider"/> and an actor the test chooses.
/// One per test: each test starts from an empty database and adds exactly what it needs.
/// </summary>
public sealed class HandlerHost : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _keepAlive;
    private readonly ServiceProvider _services;

    private HandlerHost(SqliteConnection keepAlive, ServiceProvider services)
    {
        _keepAlive = keepAlive;
        _services = services;
    }

    public FakeTimeProvider Clock { get; } = new(StartTime);

    /// <summary>Who sends the commands: Front Door by default (Front Door works with every child).</summary>
    public TestActor Actor { get; } = new();

    public static async Task<HandlerHost> CreateAsync()
    {
        var connectionString = $"Data Source=file:handlers-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = connectionString,
            ["Policy:Profile"] = "NorthSomerset",
        }).Build();

        HandlerHost? host = null;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<PolicyOptions>().Bind(configuration.GetSection(PolicyOptions.Section));
        services.AddSingleton<TimeProvider>(_ => host!.Clock);
        services.AddScoped<ICurrentActor>(_ => host!.Actor);
        services.AddPolicy();
        services.AddAppDatabase(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Test" });
        services.AddUseCases(); // as the app registers them (Program.cs)
        host = new HandlerHost(keepAlive, services.BuildServiceProvider(validateScopes: true));
        await host.WithDbAsync(db => db.Database.EnsureCreatedAsync());
        return host;
    }

    /// <summary>Sends a use case through the mediator in a fresh scope, as a page would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>Sends a query through the mediator in a fresh scope, as a page would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    /// <summary>Runs something against the database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Adds entities and returns the first, saved.</summary>
    public async Task<T> AddAsync<T>(T entity, params object[] more)
        where T : class
    {
        await WithDbAsync(db =>
        {
            db.Add(entity);
            db.AddRange(more);
            return db.SaveChangesAsync();
        });
        return entity;
    }

    /// <summary>A social work team and a looked-after child allocated to it.</summary>
    public async Task<(Team Team, Child Child)> AllocatedChildAsync()
    {
        var team = await AddAsync(new Team { Name = "Corporate Parenting", Function = TeamFunction.SocialWork });
        var child = new Child { LocalId = "P100", FirstName = "Amelia", LastName = "Harding", DateOfBirth = new DateOnly(2012, 3, 1), AllocatedTeamId = team.Id };
        child.Involvements.Add(new Involvement { Type = InvolvementType.CLA, StartDate = new DateOnly(2024, 1, 10) });
        return (team, await AddAsync(child));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }

    /// <summary>The signed-in person a page would pass on: a name for the record, an id, and roles.</summary>
    public sealed class TestActor : ICurrentActor
    {
        public string Name { get; set; } = "front-door@example.org";

        public string? UserId { get; set; } = "front-door-user";

        public HashSet<string> Roles { get; } = new(StringComparer.Ordinal) { MissingChildren.Domain.Roles.FrontDoor };

        public bool IsInRole(string role) => Roles.Contains(role);

        /// <summary>Acts as someone else from now on.</summary>
        public void Is(string role, string? userId = null, string? name = null)
        {
            Roles.Clear();
            Roles.Add(role);
            UserId = userId ?? $"{role}-user";
            Name = name ?? $"{MissingChildren.Domain.Roles.ToKebabCase(role)}@example.org";
        }
    }
}
