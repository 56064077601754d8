namespace MissingChildren.Domain.Episodes;

/// <summary>
/// R38: the order the weekly (001 §4.4) or fortnightly (000 "Missing review panel") missing meeting discusses its
/// children in, highest risk first. 001 §4.4 brings every child reported missing or absent to the meeting, our own and
/// other authorities' children placed here; 000 reviews "those at highest risk" at the panel. The protocols rank risk
/// this way, and so does the list:
/// <list type="number">
/// <item>Missing now: a child not yet found is at risk tonight; strategy discussions go on "until the child has been
/// located" (002 §5.2.2), and the daily report carries every child "still missing" (003).</item>
/// <item>The police's risk, High before Medium (003 "Definitions and risk": High, harm "very likely"; never Low).</item>
/// <item>Exploitation risk: the category of the child's latest exploitation risk assessment (001 Appendix 2), highest
/// first; 003 names "the links between children running away and the risks of exploitation".</item>
/// <item>Repeat missing: the most episodes in 90 days first (003: "the level of risk ... escalates with each missing
/// episode"; the duty engine's own count, <see cref="RepeatMissing"/>, R33).</item>
/// <item>Then the most episodes in the meeting's period, then the longest missing.</item>
/// </list>
/// </summary>
public static class MissingMeetingOrder
{
    /// <summary>What the meeting knows about a child when it ranks them.</summary>
    /// <param name="MissingNow">An episode is open: the child has not been found.</param>
    /// <param name="PoliceRisk">The highest police risk of the child's episodes in the period; null when none was graded.</param>
    /// <param name="ExploitationRisk">The rank of the latest exploitation risk category (0 the lowest); null when not assessed.</param>
    /// <param name="EpisodesInLast90Days">The duty engine's repeat count for the child's latest episode (<see cref="MissingEpisode.EpisodesInLast90Days"/>).</param>
    /// <param name="EpisodesInPeriod">Episodes open at any time in the meeting's period.</param>
    /// <param name="LongestMissing">The longest of those episodes (to now, for one still open).</param>
    public sealed record Facts(
        bool MissingNow,
        PoliceRiskLevel? PoliceRisk,
        int? ExploitationRisk,
        int EpisodesInLast90Days,
        int EpisodesInPeriod,
        TimeSpan LongestMissing)
    {
        /// <summary>Three or more episodes in 90 days (<see cref="RepeatMissing.EpisodeCount"/>).</summary>
        public bool RepeatMissing => EpisodesInLast90Days >= Episodes.RepeatMissing.EpisodeCount;
    }

    /// <summary>The items, highest risk first; items the rules do not tell apart keep their order.</summary>
    public static IReadOnlyList<T> Rank<T>(IEnumerable<T> items, Func<T, Facts> facts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(facts);
        return
        [
            .. items
                .Select(item => (Item: item, Facts: facts(item)))
                .OrderByDescending(x => x.Facts.MissingNow)
                .ThenBy(x => x.Facts.PoliceRisk switch { PoliceRiskLevel.High => 0, PoliceRiskLevel.Medium => 1, _ => 2 })
                .ThenByDescending(x => x.Facts.ExploitationRisk ?? -1)
                .ThenByDescending(x => x.Facts.EpisodesInLast90Days)
                .ThenByDescending(x => x.Facts.EpisodesInPeriod)
                .ThenByDescending(x => x.Facts.LongestMissing)
                .Select(x => x.Item),
        ];
    }
}
