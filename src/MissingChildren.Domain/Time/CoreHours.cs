namespace MissingChildren.Domain.Time;

/// <summary>
/// The local (Europe/London) hours of a working day during which deadlines counted in
/// "core hours" run, e.g. R19's "allocated within 24 hours during core working hours".
/// A policy setting: each profile says what its core hours are (default 09:00–17:00).
/// </summary>
/// <param name="Start">Local time core hours begin (inclusive).</param>
/// <param name="End">Local time core hours end (exclusive). Must be after <paramref name="Start"/>.</param>
public sealed record CoreHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>09:00–17:00.</summary>
    public CoreHours()
        : this(new TimeOnly(9, 0), new TimeOnly(17, 0))
    {
    }

    /// <summary>09:00–17:00, the default where a policy sets nothing else.</summary>
    public static CoreHours Default { get; } = new();

    /// <summary>The length of core hours on one working day.</summary>
    public TimeSpan Length => End - Start;

    /// <summary>Throws unless <see cref="Start"/> is before <see cref="End"/>.</summary>
    public void EnsureValid()
    {
        if (Start >= End)
        {
            throw new ArgumentException($"Core hours must start before they end (start {Start:HH\\:mm}, end {End:HH\\:mm}).");
        }
    }
}
