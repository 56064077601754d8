using System.Collections.Concurrent;
using System.Security.Cryptography;
using MissingChildren.Data;
using MissingChildren.Domain;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Infrastructure.Api;

/// <summary>
/// The integration clients administrators created (<c>/admin/clients</c>), as every web node sees them. Each node keeps
/// the clients that are not revoked (name, agency, scopes and key hashes, never a key) in memory and reads them again:
/// <list type="bullet">
/// <item>at once on the node that made a change (<see cref="Invalidate"/>, called by the use cases that create, rotate
/// and revoke);</item>
/// <item>on any other node when its copy is older than <see cref="MaximumStaleness"/>: a revoked or rotated-out key
/// stops working everywhere within that time;</item>
/// <item>when a key matches nothing and the copy is older than <see cref="MissRefreshInterval"/>, so a key made on
/// another node works there within seconds, while a stream of wrong keys costs at most one small query per interval.</item>
/// </list>
/// The overlap after a rotation (<c>PreviousKeyValidUntil</c>) is checked against the clock on every request, not when
/// the copy was read. When a client was last used is written at most once a minute per client (see <see cref="RecordUseAsync"/>).
/// </summary>
public sealed partial class DatabaseClientKeys(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DatabaseClientKeys> logger) : IDisposable
{
    /// <summary>
    /// How long another node may go on accepting a key an administrator revoked or rotated out with no overlap:
    /// short enough that revoking a leaked key takes effect before an attacker can do much, long enough that a busy
    /// node reads the (small) table a few times a minute rather than on every request.
    /// </summary>
    public static readonly TimeSpan MaximumStaleness = TimeSpan.FromSeconds(15);

    /// <summary>How often a key that matches nothing may make a node read the clients again.</summary>
    public static readonly TimeSpan MissRefreshInterval = TimeSpan.FromSeconds(2);

    /// <summary><c>LastUsedAt</c> is kept to the minute: no more than one write a minute per client.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _lastUseRecorded = new();
    private volatile Snapshot? _snapshot;
    private long _changes;

    /// <summary>Forgets this node's copy, so the next request reads the clients as now stored.</summary>
    public void Invalidate()
    {
        // A read that started before the change may finish after it: counting changes keeps it from being kept.
        Interlocked.Increment(ref _changes);
        _snapshot = null;
    }

    /// <summary>The created client whose current key, or previous key still within its overlap, has this hash.</summary>
    public async Task<StoredClient?> FindAsync(byte[] presentedHash, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(MaximumStaleness, cancellationToken);
        var match = Match(snapshot, presentedHash);
        if (match is null && clock.GetUtcNow() - snapshot.ReadAt >= MissRefreshInterval)
        {
            snapshot = await CurrentAsync(MissRefreshInterval, cancellationToken);
            match = Match(snapshot, presentedHash);
        }

        return match;
    }

    /// <summary>
    /// Records that the client was used now, at most once a minute per client: a node remembers when it last wrote, and
    /// the update itself skips a row another node stamped less than a minute ago. The write goes straight to the row,
    /// leaving its <see cref="Entity.Version"/> alone (an administrator rotating the key meanwhile gets no false
    /// conflict) and the audit log alone (a use is not a change anybody made).
    /// </summary>
    public async Task RecordUseAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_lastUseRecorded.TryGetValue(clientId, out var recorded) && now - recorded < LastUsedPrecision)
        {
            return;
        }

        _lastUseRecorded[clientId] = now;
        var before = now - LastUsedPrecision;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.ApiClients
                .Where(c => c.Id == clientId && (c.LastUsedAt == null || c.LastUsedAt <= before))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, now), cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The request itself goes on: when a client was last used is a convenience, not a record.
            _lastUseRecorded.TryRemove(clientId, out _);
            LogLastUsedNotRecorded(logger, ex);
        }
    }

    public void Dispose() => _loading.Dispose();

    private StoredClient? Match(Snapshot snapshot, byte[] presentedHash)
    {
        var now = clock.GetUtcNow();
        StoredClient? match = null;
        foreach (var client in snapshot.Clients)
        {
            // No early exit: every client's keys are compared whatever the outcome.
            var current = CryptographicOperations.FixedTimeEquals(presentedHash, client.KeyHash);
            var overlapping = client.PreviousKeyHash is not null && client.PreviousKeyValidUntil > now;
            var previous = CryptographicOperations.FixedTimeEquals(presentedHash, client.PreviousKeyHash ?? []) & overlapping;
            match = current | previous ? client : match;
        }

        return match;
    }

    private async Task<Snapshot> CurrentAsync(TimeSpan maximumAge, CancellationToken cancellationToken)
    {
        if (Fresh(_snapshot, maximumAge) is { } fresh)
        {
            return fresh;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another request may have read the clients while this one waited.
            if (Fresh(_snapshot, maximumAge) is { } loaded)
            {
                return loaded;
            }

            var readAt = clock.GetUtcNow();
            var changes = Interlocked.Read(ref _changes);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.ApiClients.AsNoTracking()
                .Where(c => c.RevokedAt == null)
                .Select(c => new { c.Id, c.Name, c.Agency, c.Scopes, c.KeyHash, c.PreviousKeyHash, c.PreviousKeyValidUntil })
                .ToListAsync(cancellationToken);
            var snapshot = new Snapshot(readAt, [.. rows.Select(r => new StoredClient(
                r.Id, r.Name, r.Agency, ApiKeys.ScopeList(r.Scopes), r.KeyHash, r.PreviousKeyHash, r.PreviousKeyValidUntil))]);
            if (Interlocked.Read(ref _changes) == changes)
            {
                _snapshot = snapshot;
            }

            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private Snapshot? Fresh(Snapshot? snapshot, TimeSpan maximumAge) =>
        snapshot is not null && clock.GetUtcNow() - snapshot.ReadAt < maximumAge ? snapshot : null;

    private sealed record Snapshot(DateTimeOffset ReadAt, IReadOnlyList<StoredClient> Clients);

    [LoggerMessage(110, LogLevel.Warning, "When an integration client was last used could not be recorded")]
    private static partial void LogLastUsedNotRecorded(ILogger logger, Exception exception);
}

/// <summary>A created client as a node holds it: its keys only as SHA-256 hashes.</summary>
public sealed record StoredClient(
    Guid Id, string Name, Agency Agency, IReadOnlyList<string> Scopes,
    byte[] KeyHash, byte[]? PreviousKeyHash, DateTimeOffset? PreviousKeyValidUntil);
