using Microsoft.Extensions.Time.Testing;

namespace MissingChildren.Testing;

/// <summary>
/// The time a test host's app reads: the test's <see cref="FakeTimeProvider"/> (<see cref="AppFactory.Clock"/>), except
/// that a periodic timer (the policy poll) that a test's jump of hours or days made late fires once, as a real timer that
/// missed its ticks does, on the thread pool. The fake provider would otherwise call it once for every period skipped,
/// inside <see cref="FakeTimeProvider.Advance(TimeSpan)"/>: tens of thousands of polls of the database for a jump of days.
/// </summary>
internal sealed class HostClock(FakeTimeProvider clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        period <= TimeSpan.Zero || period == Timeout.InfiniteTimeSpan
            ? clock.CreateTimer(callback, state, dueTime, period)
            : new LateTimer(clock, callback, state, dueTime, period);

    /// <summary>A periodic timer whose ticks, while one is waiting to run, are one tick.</summary>
    private sealed class LateTimer : ITimer
    {
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _ticks;
        private int _waiting;
        private volatile bool _disposed;

        public LateTimer(FakeTimeProvider clock, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _callback = callback;
            _state = state;
            _ticks = clock.CreateTimer(static self => ((LateTimer)self!).Tick(), this, dueTime, period);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => _ticks.Change(dueTime, period);

        public void Dispose()
        {
            _disposed = true;
            _ticks.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Tick()
        {
            if (!_disposed && Interlocked.Exchange(ref _waiting, 1) == 0)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static self => self.Run(), this, preferLocal: false);
            }
        }

        private void Run()
        {
            Volatile.Write(ref _waiting, 0);
            if (!_disposed)
            {
                _callback(_state);
            }
        }
    }
}
