namespace MissingChildren.Domain.Episodes;

/// <summary>
/// Repeat missing: three or more episodes beginning within 90 days. One definition, used by the case view's warning
/// and by the history the duty engine counts for R33 (Medway: "reported missing 3 times within 90 days"), so the
/// warning and the professionals meeting duty always agree.
/// </summary>
public static class RepeatMissing
{
    /// <summary>How many episodes make a repeat.</summary>
    public const int EpisodeCount = 3;

    /// <summary>The window the episodes begin in.</summary>
    public const int WithinDays = 90;

    /// <summary>
    /// The episodes that began in the <see cref="WithinDays"/> days up to and including <paramref name="start"/> (the
    /// start of the episode counted, which is among <paramref name="starts"/>): both ends of the window count.
    /// </summary>
    public static int EpisodesInWindowEndingAt(IEnumerable<DateTimeOffset> starts, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(starts);
        var from = WindowStart(start);
        return starts.Count(s => s <= start && s >= from);
    }

    /// <summary>The first instant of the window that ends at <paramref name="end"/>: an episode beginning at or after it, and by the end, counts.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset end) => end.AddDays(-WithinDays);

    /// <summary>Whether any of the child's episodes is the third (or more) to begin within 90 days: the case view's warning.</summary>
    public static bool IsRepeat(IReadOnlyCollection<DateTimeOffset> starts)
    {
        ArgumentNullException.ThrowIfNull(starts);
        return starts.Any(s => EpisodesInWindowEndingAt(starts, s) >= EpisodeCount);
    }
}
