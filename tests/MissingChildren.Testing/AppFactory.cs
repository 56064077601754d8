using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MissingChildren.Data;
using Xunit;

namespace MissingChildren.Testing;

/// <summary>
/// The real web host over a throwaway database holding the demo council: a copy of the run's
/// <see cref="DatabaseTemplates">template</see>, so each fixture starts from the same data. Time is a
/// <see cref="FakeTimeProvider"/> set to a fixed Friday afternoon in November, so tests can move the clock.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset StartTime = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private TestDatabase? _database;
    private readonly bool _ownsDatabase = true;

    public AppFactory(string provider)
    {
        Provider = provider;
    }

    /// <summary>A host that migrates and seeds the given database and leaves it behind (a template).</summary>
    internal AppFactory(string provider, TestDatabase database)
        : this(provider)
    {
        _database = database;
        _ownsDatabase = false;
    }

    public string Provider { get; }

    public FakeTimeProvider Clock { get; } = new(StartTime);

    public string Environment { get; set; } = "Test";

    /// <summary>Where the host writes its e-mails: a pickup folder, so no e-mail leaves the machine in tests.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "missingchildren-tests", $"mail-{Guid.NewGuid():N}");

    /// <summary>Sets a configuration value before the host starts (same keys as environment variables, with ':').</summary>
    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Skips the calling test when its database server is missing, unless CI requires it.</summary>
    public static void SkipUnlessAvailable(string provider)
    {
        if (provider == "PostgreSql" && PostgreSqlTestDatabase.Unavailable is { } reason)
        {
            if (TestDatabase.RequireAllServers)
            {
                throw new InvalidOperationException("CI=true requires PostgreSQL: " + reason);
            }

            Assert.Skip(reason);
        }
    }

    public virtual async ValueTask InitializeAsync()
    {
        if (Provider == "PostgreSql" && PostgreSqlTestDatabase.Unavailable is not null)
        {
            // The tests themselves report the skip (or the CI failure); nothing to start.
            return;
        }

        if (_database is null)
        {
            var template = SeedsTheDemoCouncil ? await DatabaseTemplates.GetAsync(Provider, PolicyProfile) : null;
            _database = template is null ? TestDatabase.Create(Provider) : TestDatabase.CopyOf(template);
        }

        StartServer(); // on a template's copy, migrations and the demo seed find nothing left to do
    }

    /// <summary>
    /// Puts the database back as the template left it, for a test class whose tests read lists that earlier tests
    /// would otherwise fill (call it as each test starts). The clock is not moved back.
    /// </summary>
    public Task ResetDatabaseAsync() =>
        (_database ?? throw new InvalidOperationException("The host has not started.")).RestoreAsync();

    private string PolicyProfile => _settings.TryGetValue("Policy:Profile", out var profile) && profile is not null ? profile : DefaultPolicyProfile;

    /// <summary>The template holds what a test host seeds by default; a host set up otherwise makes its own database.</summary>
    private bool SeedsTheDemoCouncil =>
        Environment == "Test" && !_settings.ContainsKey("Demo:Seed") && !_settings.ContainsKey("Demo:Password");

    private const string DefaultPolicyProfile = "NorthSomerset";

    /// <summary>PBKDF2 rounds of the test hosts' password hashes (Identity's default is 100,000).</summary>
    public const int TestPasswordHashRounds = 1_000;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null && _ownsDatabase)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);

        // Serve front-end assets (and their pre-compressed variants) from the build, as in Development.
        builder.UseStaticWebAssets();
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Default"] = _database?.ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Demo:Seed"] = "true",
            ["Demo:Password"] = DemoUsers.Password,
            ["Policy:Profile"] = DefaultPolicyProfile,
            // PDFsharp runs only with a licence loaded; the tests use it under the AGPL (see LetterPdfWriter).
            ["Jobs:Storage"] = "InMemory",
            ["Jobs:RunServer"] = "false",
            // Quiet hosts: a failing test prints the console, and its assertion must not drown in start-up noise.
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Fatal",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.DataProtection"] = "Error",
            ["Email:Enabled"] = "true",
            ["Email:PickupDirectory"] = MailFolder,
            ["Email:BaseUrl"] = "https://missing-children.test",
            // Tests move the clock by hours between a person's requests: sessions last as long as the tests need
            // (the limits themselves are tested with the service's defaults in SessionLimitTests).
            ["Authentication:Session:IdleTimeout"] = "09:00:00",
            ["Authentication:Session:AbsoluteLifetime"] = "1.00:00:00",
            ["Integration:Clients:0:Name"] = ApiClients.PoliceName,
            ["Integration:Clients:0:Key"] = ApiClients.PoliceKey,
            ["Integration:Clients:0:Agency"] = "Police",
            ["Integration:Clients:0:Scopes"] = "notifications:write,children:write,read",
            ["Integration:Clients:1:Name"] = "reader",
            ["Integration:Clients:1:Key"] = ApiClients.ReaderKey,
            ["Integration:Clients:1:Agency"] = "ChildrensSocialCare",
            ["Integration:Clients:1:Scopes"] = "read",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new HostClock(Clock));

            // Identity's PBKDF2 as in use, with fewer rounds: every sign-in and every worker a test makes hashes a
            // password, and 100,000 rounds each were a sixth of the suites' time. A hash carries its own count, and
            // hosts check it the same way.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordHashRounds);
        });
    }

    /// <summary>Sends a use case through the mediator in a fresh scope, as a job would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(Mediator.ICommand<TResponse> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(command);
    }

    /// <summary>
    /// Moves the clock forward (never back) into core hours on a working day, for tests whose duties differ out of
    /// hours (R6): other tests in the same class may have moved the clock on.
    /// </summary>
    public void AdvanceIntoWorkingHours()
    {
        var calendar = Services.GetRequiredService<Web.Infrastructure.Configuration.LivePolicy>().Current.Calendar;
        var now = Clock.GetUtcNow();
        if (!calendar.IsInCoreHours(now))
        {
            Clock.Advance(calendar.NextWorkingDayStart(now) - now + TimeSpan.FromHours(1));
        }
    }

    /// <summary>Runs the duty sweep once, as the every-minute job does.</summary>
    public Task<Web.Features.Duties.SweepDuties.Result> SweepAsync() => SendAsync(new Web.Features.Duties.SweepDuties.Command());

    /// <summary>Runs something against the database with a fresh scope, as the app would.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

/// <summary>A host with another council's policy profile than the default one (its own template database).</summary>
public abstract class ProfileAppFactory : AppFactory
{
    protected ProfileAppFactory(string provider, string profile)
        : base(provider) => With("Policy:Profile", profile);
}

public sealed class SqliteAppFactory() : AppFactory("Sqlite");

public sealed class PostgreSqlAppFactory() : AppFactory("PostgreSql");
