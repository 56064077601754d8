using System.Threading.RateLimiting;

namespace MissingChildren.Web.Infrastructure.Identity;

/// <summary>
/// Limits on failed sign-ins, with the framework's rate limiters (System.Threading.RateLimiting, as ASP.NET Core rate
/// limiting uses), counting only attempts that failed so an office signing in behind one address at 9am is never held
/// up: at most <see cref="PerAddress"/> a minute from one client address, <see cref="PerAccountAndAddress"/> in 15
/// minutes for one account from one address, and <see cref="PerAccount"/> an hour for one account from everywhere.
/// Identity's lockout comes only after <see cref="LockoutAfter"/> wrong passwords in a row, so locking someone out
/// takes many addresses rather than five requests (ADR 0012). Each web node keeps its own counts.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const int PerAddress = 20;
    public const int PerAccountAndAddress = 10;
    public const int PerAccount = 60;
    public const int LockoutAfter = 50;

    private readonly PartitionedRateLimiter<(string Address, string Account)> _limiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<(string Address, string Account), string>(key => RateLimitPartition.GetSlidingWindowLimiter(
            key.Address, _ => Window(PerAddress, TimeSpan.FromMinutes(1)))),
        PartitionedRateLimiter.Create<(string Address, string Account), string>(key => RateLimitPartition.GetSlidingWindowLimiter(
            key.Address + " " + key.Account, _ => Window(PerAccountAndAddress, TimeSpan.FromMinutes(15)))),
        PartitionedRateLimiter.Create<(string Address, string Account), string>(key => RateLimitPartition.GetSlidingWindowLimiter(
            key.Account, _ => Window(PerAccount, TimeSpan.FromHours(1)))));

    /// <summary>Whether another attempt may be made now from this address for this account; if not, how long to wait.</summary>
    public TimeSpan? WaitBefore(string? address, string account)
    {
        using var lease = _limiter.AttemptAcquire(Key(address, account), 0);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    /// <summary>Counts a failed attempt against the address and the account.</summary>
    public void Failed(string? address, string account)
    {
        using var lease = _limiter.AttemptAcquire(Key(address, account));
    }

    public void Dispose() => _limiter.Dispose();

    private static (string, string) Key(string? address, string account) =>
        (address ?? "unknown", account.Trim().ToUpperInvariant());

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromMinutes(15);

    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 5,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
