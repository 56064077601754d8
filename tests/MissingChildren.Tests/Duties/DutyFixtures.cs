using System.Globalization;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Duties;

/// <summary>Facts with sensible defaults, fixed instants and a plan helper for the duty engine tests.</summary>
internal static class DutyFixtures
{
    /// <summary>Wednesday 18 November 2026, 10:00 UTC (10:00 GMT): inside core hours.</summary>
    public static readonly DateTimeOffset InHours = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Friday 20 November 2026, 19:00 UTC (19:00 GMT): out of hours, 62 hours before Monday 09:00.</summary>
    public static readonly DateTimeOffset OutOfHours = new(2026, 11, 20, 19, 0, 0, TimeSpan.Zero);

    public static readonly Guid ChildId = new("7d1f3c0e-0000-4000-8000-000000000001");
    public static readonly Guid EpisodeId = new("7d1f3c0e-0000-4000-8000-000000000002");
    public static readonly Guid RhiId = new("7d1f3c0e-0000-4000-8000-000000000003");

    public static readonly UkBankHolidaySource BankHolidays = new();

    public static DateTimeOffset At(string utc) =>
        DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>"24,96" as hours; "" as none.</summary>
    public static IEnumerable<int> Hours(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, CultureInfo.InvariantCulture));

    public static DutyEngine Engine(string profile)
    {
        var policy = PolicyProfileCatalog.Load(profile);
        return new DutyEngine(policy, policy.CreateCalendar(BankHolidays, []));
    }

    /// <summary>
    /// A child open to <paramref name="involvement"/> ("None", "CLA", "CP+CIN", ...). By default a 14-year-old who has an
    /// allocated social worker exactly when open to social care (CLA, CP or CIN).
    /// </summary>
    public static ChildFacts Child(string involvement = "None", int? age = 14, bool? allocatedSocialWorker = null, bool uasc = false)
    {
        HashSet<InvolvementType> open = string.Equals(involvement, "None", StringComparison.Ordinal)
            ? []
            : involvement.Split('+').Select(i => Enum.Parse<InvolvementType>(i)).ToHashSet();
        var openToSocialCare = open.Contains(InvolvementType.CLA) || open.Contains(InvolvementType.CP) || open.Contains(InvolvementType.CIN);
        return new ChildFacts(ChildId, age, open, allocatedSocialWorker ?? openToSocialCare, uasc);
    }

    /// <summary>Missing (or absent) now; the council was notified when the child went missing.</summary>
    public static EpisodeFacts Open(DateTimeOffset missingFrom, EpisodeCategory category = EpisodeCategory.Missing) =>
        new(EpisodeId, category, EpisodeStatus.Open, missingFrom, missingFrom, null, null);

    /// <summary>Found at <paramref name="found"/>, which is also when the return became known.</summary>
    public static EpisodeFacts Returned(DateTimeOffset missingFrom, DateTimeOffset found, EpisodeCategory category = EpisodeCategory.Missing) =>
        new(EpisodeId, category, EpisodeStatus.Returned, missingFrom, missingFrom, found, found);

    /// <summary>The engine's plan, with an RHI (requested when the return was known) wherever the engine says one is needed.</summary>
    public static IReadOnlyList<DutyRequirement> Plan(string profile, ChildFacts child, EpisodeFacts episode, DateTimeOffset now, HistoryFacts? history = null)
    {
        var engine = Engine(profile);
        var rhi = engine.NeedsReturnInterview(child, episode) && episode.ReturnKnownAt is { } known ? new RhiFacts(RhiId, known) : null;
        return engine.Plan(child, episode, history ?? HistoryFacts.FirstEpisode, rhi, now);
    }

    public static IEnumerable<DutyRequirement> Of(this IEnumerable<DutyRequirement> plan, TaskType type, string? rule = null) =>
        plan.Where(r => r.Type == type && (rule is null || string.Equals(r.RuleId, rule, StringComparison.Ordinal)));
}
