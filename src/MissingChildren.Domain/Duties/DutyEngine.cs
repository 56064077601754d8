using System.Globalization;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Duties;

/// <summary>
/// The rules of domain.md (R1–R45) as duties: given a child, an episode and the time now, every duty the
/// policy profile says must exist, with its deadline, owner and rule. Pure: no database, no clock of its own.
/// Callers raise the requirements that are not raised yet (by <see cref="DutyRequirement.Key"/>), so running it
/// twice, or on two nodes, raises nothing twice.
/// </summary>
/// <remarks>
/// Deadlines: "N hours" is clock time from its anchor; "same working day", "N working days" and core hours are
/// calendar time in Europe/London (<see cref="WorkingCalendar"/>). Anchors: duties on a missing report run from
/// when the council was notified; strategy meetings and reviews from when the child was last seen; duties on
/// return from when the return became known.
/// </remarks>
public sealed partial class DutyEngine(PolicyProfile profile, WorkingCalendar calendar)
{
    /// <summary>"At once" (R10 004 step 1): within the hour. A policy reading where the protocol gives no number.</summary>
    public static readonly TimeSpan AtOnce = TimeSpan.FromHours(1);

    /// <summary>Reviews far in the future are raised this long before they are due, so they can be planned.</summary>
    public static readonly TimeSpan ReviewNotice = TimeSpan.FromDays(7);

    /// <summary>R23: the qualifiers of the independent-person duties' keys, so the actions that fulfil them can close them.</summary>
    public const string IndependentRequestQualifier = "independent-request";

    public const string IndependentFollowUpQualifier = "independent-follow-up";

    public const string IndependentManagerQualifier = "independent-manager";

    /// <summary>R34: the qualifier of the manager's short-absence decision.</summary>
    public const string ShortAbsenceQualifier = "short-absence-decision";

    /// <summary>R45: when publicity is considered where the profile has no strategy meeting (003's 48 hours).</summary>
    public const int PublicityDefaultAfterHours = 48;

    /// <summary>Plans and meetings with no deadline in the protocols: within this many working days (policy reading).</summary>
    public const int PlanWorkingDays = 5;

    /// <summary>The most repeats of one meeting raised for one episode (a child missing six months at 72-hour repeats is 60).</summary>
    private const int MaxRepeats = 400;

    private static readonly HashSet<TaskType> WhileMissingTypes =
    [
        TaskType.StrategyMeeting, TaskType.NeedToKnow, TaskType.DirectorBriefing, TaskType.LongMissingReview, TaskType.PublicityDecision,
    ];

    public PolicyProfile Profile => profile;

    public WorkingCalendar Calendar => calendar;

    /// <summary>Duties raised only while the child is missing: one not yet due is cancelled when the child is found.</summary>
    public static bool EndsWhenFound(TaskType type) => WhileMissingTypes.Contains(type);

    /// <summary>
    /// R17, R8: whether a returned child gets an RHI of ours. Every missing child does, except a looked-after
    /// child of another authority whose home authority does the RHI (R8; Somerset offers it itself, 002 §8).
    /// </summary>
    public bool NeedsReturnInterview(ChildFacts child, EpisodeFacts episode) =>
        episode.IsMissing
        && episode.Status != EpisodeStatus.Open
        && !(child.IsOtherAuthorityLookedAfter && profile.OtherAuthorities.PlacedHere.RhiByHomeAuthority);

    /// <summary>R26: whether a new return joins an RHI still in progress instead of starting another.</summary>
    public bool OneRhiCoversOpenEpisodes => profile.ReturnInterview.OneRhiCoversOpenEpisodes;

    /// <summary>R17: the RHI is offered within the profile's hours of the return being known.</summary>
    public DateTimeOffset RhiOfferDueAt(DateTimeOffset returnKnownAt) =>
        calendar.AddClockHours(returnKnownAt, profile.ReturnInterview.OfferWithinHours);

    /// <summary>R19: allocated to a worker within the profile's core hours, where it sets them.</summary>
    public DateTimeOffset? RhiAllocateDueAt(DateTimeOffset returnKnownAt) =>
        profile.ReturnInterview.AllocateWithinCoreHours is { } hours
            ? calendar.AddCoreHours(returnKnownAt, TimeSpan.FromHours(hours))
            : null;

    /// <summary>A new RHI for the child, its R17 offer and R19 allocation deadlines running from <paramref name="requestedAt"/>.</summary>
    public ReturnInterviews.ReturnHomeInterview NewReturnInterview(Guid childId, DateTimeOffset requestedAt) => new()
    {
        ChildId = childId,
        Status = ReturnInterviews.RhiStatus.Requested,
        RequestedAt = requestedAt,
        OfferDueAt = RhiOfferDueAt(requestedAt),
        AllocateDueAt = RhiAllocateDueAt(requestedAt),
    };

    /// <summary>Every duty due to exist for this episode at <paramref name="now"/>.</summary>
    public IReadOnlyList<DutyRequirement> Plan(ChildFacts child, EpisodeFacts episode, HistoryFacts history, RhiFacts? rhi, DateTimeOffset now)
    {
        var plan = new List<DutyRequirement>();
        OnNotification(plan, child, episode, history);
        WhileMissing(plan, child, episode, now);
        if (episode.Status != EpisodeStatus.Open && episode.ReturnKnownAt is { } returnKnown)
        {
            OnReturn(plan, child, episode, history, rhi, returnKnown);
        }

        NotOpenToServices(plan, child, episode, rhi, now);

        return [.. plan.Where(r => r.RaiseAt <= now)];
    }

    /// <summary>The key of a duty on an RHI (one per RHI, whichever episode raised it).</summary>
    public static string RhiDutyKey(Guid rhiId, string rule, TaskType type, string qualifier) => Key($"rhi-{rhiId:N}", rule, type, 1, qualifier);

    /// <summary>R8 (001 §4.1): an episode of another authority's child is completed without RHI or risk sections.</summary>
    private bool ExcludedFromRiskSections(ChildFacts child) =>
        child.IsOtherAuthorityLookedAfter && profile.OtherAuthorities.PlacedHere.CompleteEpisodeWithoutRhiOrRiskSections;

    /// <summary>R21: within the completion window where the profile sets one; else with the RHI offer.</summary>
    private DateTimeOffset CompletionDue(DateTimeOffset returnKnown, DateTimeOffset offerDue) =>
        profile.ReturnInterview.CompleteWithinWorkingDays is { } days
            ? calendar.AddWorkingDays(returnKnown, days)
            : profile.ReturnInterview.CompleteWithinHours is { } hours ? calendar.AddClockHours(returnKnown, hours) : offerDue;

    private static PolicyRole CeOwner(ChildFacts child) => child.IsOpenToSocialCare ? PolicyRole.SocialWorker : PolicyRole.RhiWorker;

    private static TeamKind CeTeam(ChildFacts child) => child.IsOpenToSocialCare ? TeamKind.AllocatedTeam : TeamKind.ReturnInterviewService;

    private static DutyRequirement Episode(EpisodeFacts episode, TaskType type, string rule, string title, DateTimeOffset raise, DateTimeOffset due,
        PolicyRole role, TeamKind team, int occurrence = 1, string? qualifier = null) =>
        new(type, rule, Key($"{episode.EpisodeId:N}", rule, type, occurrence, qualifier), title, raise, due, role, team);

    private static DutyRequirement Rhi(RhiFacts rhi, EpisodeFacts episode, TaskType type, string rule, string title, DateTimeOffset raise, DateTimeOffset due,
        PolicyRole role, TeamKind team, string qualifier) =>
        new(type, rule, RhiDutyKey(rhi.Id, rule, type, qualifier), title, raise, due, role, team, rhi.Id);

    private static string Key(string owner, string rule, TaskType type, int occurrence, string? qualifier) =>
        string.Create(CultureInfo.InvariantCulture, $"{owner}/{rule}/{type}/{qualifier ?? "1"}/{occurrence}");

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
