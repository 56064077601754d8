using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Tests.Administration.Policy;

/// <summary>The poll that follows other nodes' changes: a database that fails does not stop it, and it catches up when it answers again.</summary>
public sealed class PolicyRefresherTests : IAsyncDisposable
{
    private readonly string _connectionString = $"Data Source=file:refresher-{Guid.NewGuid():N}?mode=memory&cache=shared";
    private readonly SqliteConnection _keepAlive;
    private readonly ServiceProvider _services;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero));

    public PolicyRefresherTests()
    {
        _keepAlive = new SqliteConnection(_connectionString);
        _keepAlive.Open();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = _connectionString,
            ["Policy:Profile"] = "NorthSomerset",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<PolicyOptions>().Bind(configuration.GetSection(PolicyOptions.Section));
        services.AddSingleton<TimeProvider>(_clock);
        services.AddScoped<ICurrentActor, Nobody>();
        services.AddPolicy();
        services.AddAppDatabase(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Test" });
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public async Task ADatabaseError_IsLoggedAndThePollGoesOn_ThenAChangeIsRead()
    {
        var live = _services.GetRequiredService<LivePolicy>();
        using var refresher = new PolicyRefresher(live, _services.GetRequiredService<IServiceScopeFactory>(), _clock, NullLogger<PolicyRefresher>.Instance);
        await refresher.StartAsync(CancellationToken.None);

        // No tables yet: every poll fails.
        await PollAsync();
        await PollAsync();
        Assert.False(refresher.ExecuteTask!.IsCompleted);
        Assert.False(live.IsLoaded);

        await WithDbAsync(async db =>
        {
            await db.Database.EnsureCreatedAsync();
            db.PolicyOverrides.Add(new PolicyOverride
            {
                Profile = "NorthSomerset", Path = "returnInterview.offerWithinHours", ValueJson = "48",
                Reason = "Partnership board", ChangedBy = "administrator@example.org", ChangedAt = _clock.GetUtcNow(),
            });
            db.PolicyRevisions.Add(new PolicyRevision { At = _clock.GetUtcNow(), What = "Setting returnInterview.offerWithinHours of NorthSomerset changed" });
            await db.SaveChangesAsync();
        });
        for (var i = 0; i < 100 && !live.IsLoaded; i++)
        {
            await PollAsync();
        }

        Assert.Equal(48, live.Current.Profile.ReturnInterview.OfferWithinHours);
        Assert.Equal(1, live.Current.Revision);
        await refresher.StopAsync(CancellationToken.None);
    }

    private async Task PollAsync()
    {
        _clock.Advance(PolicyRefresher.PollInterval);
        await Task.Delay(50);
    }

    private async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }

    private sealed class Nobody : ICurrentActor
    {
        public string Name => "test";

        public string? UserId => null;

        public bool IsInRole(string role) => false;
    }
}
