namespace MissingChildren.ResilienceTests;

/// <summary>
/// Two web nodes on one PostgreSQL database, each running background jobs, behind a round-robin proxy: an
/// installation as <c>deploy/compose.yaml</c> runs it. The first node migrates and seeds the new database; the second
/// starts on it as a node added later would.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private Installation? _installation;
    private NodeProcess? _a;
    private NodeProcess? _b;
    private RoundRobinProxy? _proxy;

    public Installation Installation => _installation ?? throw NotStarted();

    public NodeProcess A => _a ?? throw NotStarted();

    public NodeProcess B => _b ?? throw NotStarted();

    public RoundRobinProxy Proxy => _proxy ?? throw NotStarted();

    /// <summary>When both nodes were running (and so both competing for jobs).</summary>
    public DateTimeOffset BothReadyAt { get; private set; }

    /// <summary>The nodes' last lines, for failure messages.</summary>
    public string Logs => $"{_a?.Log}\n{_b?.Log}";

    public async ValueTask InitializeAsync()
    {
        if (PostgreSqlTestDatabase.Unavailable is not null)
        {
            return; // Each test reports the skip, or the failure under CI.
        }

        _installation = Installation.Create();
        _a = new NodeProcess("node-a", _installation.ConnectionString);
        _b = new NodeProcess("node-b", _installation.ConnectionString);
        await _a.StartAsync();
        await _b.StartAsync();
        BothReadyAt = DateTimeOffset.UtcNow;
        _proxy = await RoundRobinProxy.StartAsync(_a, _b);
    }

    public async ValueTask DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        if (_installation is not null)
        {
            await _installation.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The nodes did not start: PostgreSQL is not available.");
}
