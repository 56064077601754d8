using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Configuration;

/// <summary>
/// The policy in force on this node (one per app): the <see cref="PolicySnapshot"/> built from configuration and the
/// database. A change to the policy or the calendar appends a <see cref="PolicyRevision"/> and rebuilds the snapshot
/// here at once; <see cref="PolicyRefresher"/> rebuilds it on the other nodes when the last revision moves on.
/// Every request and job reads the snapshot current when its scope starts (<see cref="PolicySetup"/>).
/// </summary>
public sealed partial class LivePolicy(IOptions<PolicyOptions> options, IBankHolidaySource bankHolidays, ILogger<LivePolicy> logger)
{
    private readonly Lazy<PolicySnapshot> _fromConfiguration = new(() => PolicySnapshot.Build(new PolicySources(
        null, options.Value.Profile, null, [], bankHolidays, options.Value.ClosureDays, [])));

    private PolicySnapshot? _current;

    /// <summary>
    /// The snapshot in force. Until the database has been read (while it is migrated and an empty one seeded, when it
    /// holds no change yet) it is the configured profile and closure days.
    /// </summary>
    public PolicySnapshot Current => Volatile.Read(ref _current) ?? _fromConfiguration.Value;

    /// <summary>True once the snapshot was built from the database.</summary>
    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>The closure days from configuration (<c>Policy__ClosureDays</c>), which only configuration removes.</summary>
    public IReadOnlyList<DateOnly> ConfiguredClosureDays => options.Value.ClosureDays;

    /// <summary>The profile configuration names (<c>Policy__Profile</c>), used when no administrator chose one.</summary>
    public string ConfiguredProfile => options.Value.Profile;

    /// <summary>Rebuilds the snapshot from the database, whatever revision it was built from.</summary>
    public async Task<PolicySnapshot> ReloadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var revision = await LastRevisionAsync(db, cancellationToken);
        var choice = await db.PolicyChoices.AsNoTracking().OrderByDescending(c => c.ChangedAt).FirstOrDefaultAsync(cancellationToken);
        var overrides = await db.PolicyOverrides.AsNoTracking().ToListAsync(cancellationToken);
        var closures = await db.ClosureDays.AsNoTracking().Select(d => d.Date).ToListAsync(cancellationToken);

        var snapshot = PolicySnapshot.Build(new PolicySources(
            revision, options.Value.Profile, choice, overrides, bankHolidays, options.Value.ClosureDays, closures));
        if (choice is not null && snapshot.Choice is null)
        {
            LogChosenProfileUnknown(logger, choice.Profile, options.Value.Profile);
        }

        foreach (var skipped in snapshot.NotApplied)
        {
            // The path and the validator's words only: a setting, never anything about a person.
            LogOverrideNotApplied(logger, skipped.Path, snapshot.Profile.Name, string.Join(" ", skipped.Problems));
        }

        Publish(snapshot);
        return Current;
    }

    /// <summary>Rebuilds the snapshot when the last revision differs from the one it was built from (or it was never read).</summary>
    public async Task RefreshAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var built = Volatile.Read(ref _current);
        if (built is null || await LastRevisionAsync(db, cancellationToken) != built.Revision)
        {
            await ReloadAsync(db, cancellationToken);
        }
    }

    private static async Task<long> LastRevisionAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.PolicyRevisions.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;

    /// <summary>Replaces the snapshot unless a newer one was published meanwhile (two rebuilds racing).</summary>
    private void Publish(PolicySnapshot snapshot)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current is not null && current.Revision > snapshot.Revision)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _current, snapshot, current) == current)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy override {Path} of profile {Profile} is not applied: {Problems}")]
    private static partial void LogOverrideNotApplied(ILogger logger, string path, string profile, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chosen policy profile {Chosen} is not a known profile; following the configured {Configured}")]
    private static partial void LogChosenProfileUnknown(ILogger logger, string chosen, string configured);
}

/// <summary>
/// Reads the policy from the database once the database is ready (after <c>DatabaseInitializerService</c>'s
/// migrations, before the app serves a request or runs a job), then every <see cref="PollInterval"/> rebuilds it
/// when another node changed it.
/// </summary>
/// <remarks>
/// Five seconds: an administrator's change made on another node applies here before anyone could act on it
/// elsewhere (a duty raised by the every-minute sweep or a person's next page), while the poll is one indexed
/// <c>MAX(Id)</c> of a small table, nothing next to the app's own traffic. A database error is logged and the next
/// poll tries again: the node keeps the snapshot it has.
/// </remarks>
public sealed partial class PolicyRefresher(LivePolicy live, IServiceScopeFactory scopes, TimeProvider clock, ILogger<PolicyRefresher> logger)
    : BackgroundService, IHostedLifecycleService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await live.ReloadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, clock);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await live.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogRefreshFailed(logger, ex);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read the policy's last revision; keeping the policy in force and trying again")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
