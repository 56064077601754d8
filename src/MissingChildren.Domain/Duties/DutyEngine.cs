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
/// return are raised when the return became known, the RHI's 72 hours running from where the profile starts them
/// (<see cref="RhiClock"/>) and R18's 48 hours from the return itself. Each requirement carries how its deadline was
/// worked out (<see cref="DeadlineExplanation"/>), kept with the duty and shown beside its due time.
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

    /// <summary>R6 (001 §1.6.1): the qualifier of the EDT's duty to ask the child who should do the interview, so its form can close it.</summary>
    public const string OutOfHoursAskQualifier = "edt-ask";

    /// <summary>R34: the qualifier of the manager's short-absence decision.</summary>
    public const string ShortAbsenceQualifier = "short-absence-decision";

    /// <summary>R17: the qualifier of the RHI's offer duty, so the offer (and whether it was in time) can be found.</summary>
    public const string OfferQualifier = "offer";

    /// <summary>R19, R21: the qualifiers of the RHI's allocation, completion and write-up duties, so the steps that do them can close them.</summary>
    public const string AllocateQualifier = "allocate";

    public const string CompleteQualifier = "complete";

    public const string WriteUpQualifier = "write-up";

    /// <summary>R45: when publicity is considered where the profile has no strategy meeting (003's 48 hours).</summary>
    public const int PublicityDefaultAfterHours = 48;

    /// <summary>Plans and meetings with no deadline in the protocols: within this many working days (policy reading).</summary>
    public const int PlanWorkingDays = 5;

    /// <summary>The most repeats of one meeting raised for one episode (a child missing six months at 72-hour repeats is 60).</summary>
    private const int MaxRepeats = 400;

    private readonly DeadlineExplanation _explain = new(profile.DisplayName, calendar);

    private static readonly HashSet<TaskType> WhileMissingTypes =
    [
        TaskType.StrategyMeeting, TaskType.NeedToKnow, TaskType.DirectorBriefing, TaskType.LongMissingReview, TaskType.PublicityDecision, TaskType.DailyCheck,
    ];

    public PolicyProfile Profile => profile;

    public WorkingCalendar Calendar => calendar;

    /// <summary>How this profile's deadlines are explained on screen.</summary>
    public DeadlineExplanation Explain => _explain;

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

    /// <summary>
    /// R17: where the RHI's clock starts, as each protocol starts it: the child's return itself (statutory guidance;
    /// 001 §2.1), the police found report being received (003), the RHI service being informed (002 §3.1) or the
    /// referral for the interview (004 step 7), both of which are the RHI being asked for (<paramref name="requestedAt"/>).
    /// An RHI asked for after the return (a manager's R34 decision) runs from when it was asked for.
    /// </summary>
    public ClockAnchor RhiClock(EpisodeFacts episode, DateTimeOffset requestedAt)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var returnKnown = episode.ReturnKnownAt ?? requestedAt;
        if (requestedAt > returnKnown)
        {
            return new(requestedAt, "the return home interview was asked for after the return (the manager's decision, R34)");
        }

        return profile.ReturnInterview.ClockStartsAt switch
        {
            RhiClockStart.ReturnKnown => new(episode.FoundAt ?? returnKnown, "the child's return, the found time on the police report (statutory guidance; 001 §2.1)"),
            RhiClockStart.FoundReportReceived => new(returnKnown, "the police found report being received (003)"),
            RhiClockStart.RhiServiceInformed => new(requestedAt, "the return home interview service being informed of the return (002 §3.1)"),
            RhiClockStart.ReferredToSocialCare => new(requestedAt, "the referral for the return interview (004 step 7)"),
            _ => new(returnKnown, "the return being known"),
        };
    }

    /// <summary>R17: the RHI is offered within the profile's hours of its clock starting (<see cref="RhiClock"/>).</summary>
    public DateTimeOffset RhiOfferDueAt(DateTimeOffset clockStartsAt) =>
        calendar.AddClockHours(clockStartsAt, profile.ReturnInterview.OfferWithinHours);

    /// <summary>
    /// R19 (002 §4.2): "reassign to the relevant worker within 24 hours during core working hours", where the profile
    /// sets it: a day's working time from the RHI service being informed, so by the same time on the next working day
    /// (<see cref="WorkingCalendar.SameTimeNextWorkingDay"/>), and never after the R17 offer deadline it serves.
    /// </summary>
    public DateTimeOffset? RhiAllocateDueAt(DateTimeOffset informedAt, DateTimeOffset offerDueAt)
    {
        if (profile.ReturnInterview.AllocateWithinCoreHours is not { } hours)
        {
            return null;
        }

        var due = informedAt;
        for (var day = 0; day < Math.Max(1, (hours + 23) / 24); day++)
        {
            due = calendar.SameTimeNextWorkingDay(due);
        }

        return due < offerDueAt ? due : offerDueAt;
    }

    /// <summary>A new RHI for the child whose clock starts when it is asked for (a manager's request, R34).</summary>
    public ReturnInterviews.ReturnHomeInterview NewReturnInterview(Guid childId, DateTimeOffset requestedAt) =>
        NewReturnInterview(childId, requestedAt, requestedAt);

    /// <summary>A new RHI for the child, asked for at <paramref name="requestedAt"/>, its R17 offer deadline from <paramref name="clockStartsAt"/> and R19 allocation deadline from when it was asked for.</summary>
    public ReturnInterviews.ReturnHomeInterview NewReturnInterview(Guid childId, DateTimeOffset requestedAt, DateTimeOffset clockStartsAt)
    {
        var offerDue = RhiOfferDueAt(clockStartsAt);
        return new()
        {
            ChildId = childId,
            Status = ReturnInterviews.RhiStatus.Requested,
            RequestedAt = requestedAt,
            OfferDueAt = offerDue,
            AllocateDueAt = RhiAllocateDueAt(requestedAt, offerDue),
        };
    }

    /// <summary>
    /// Duties raised while the child was thought missing (a missing report that arrived late) that the found report shows
    /// were never due: their rule applies only after the time the child was found. By key, with the reason to show.
    /// </summary>
    public IReadOnlyDictionary<string, string> NeverDue(ChildFacts child, EpisodeFacts episode, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (episode.FoundAt is not { } found || episode.Status == EpisodeStatus.Open || !episode.IsMissing)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        // What was raised while the child was thought missing: up to when the found report arrived.
        var thoughtMissing = new List<DutyRequirement>();
        var knownAt = episode.ReturnKnownAt ?? now;
        WhileMissing(thoughtMissing, child, episode with { Status = EpisodeStatus.Open, FoundAt = null }, knownAt < now ? knownAt : now);
        return thoughtMissing.Where(r => r.RaiseAt > found)
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => _explain.NeverDue(episode.MissingFrom, found, g.First().RaiseAt), StringComparer.Ordinal);
    }

    /// <summary>Every duty due to exist for this episode at <paramref name="now"/>.</summary>
    public IReadOnlyList<DutyRequirement> Plan(ChildFacts child, EpisodeFacts episode, HistoryFacts history, RhiFacts? rhi, DateTimeOffset now)
    {
        var plan = new List<DutyRequirement>();
        OnNotification(plan, child, episode, history);
        Partners(plan, episode);
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

    /// <summary>A duty of the episode; without <paramref name="explanation"/> its deadline is explained from when it was raised.</summary>
    private DutyRequirement Episode(EpisodeFacts episode, TaskType type, string rule, string title, DateTimeOffset raise, DateTimeOffset due,
        PolicyRole role, TeamKind team, int occurrence = 1, string? qualifier = null, string? explanation = null) =>
        new(type, rule, Key($"{episode.EpisodeId:N}", rule, type, occurrence, qualifier), title, raise, due, role, team, null,
            explanation ?? _explain.Between(rule, new ClockAnchor(raise, "when this duty's rule applied"), due));

    private DutyRequirement Rhi(RhiFacts rhi, EpisodeFacts episode, TaskType type, string rule, string title, DateTimeOffset raise, DateTimeOffset due,
        PolicyRole role, TeamKind team, string qualifier, string? explanation = null) =>
        new(type, rule, RhiDutyKey(rhi.Id, rule, type, qualifier), title, raise, due, role, team, rhi.Id,
            explanation ?? _explain.Between(rule, new ClockAnchor(raise, "when this duty's rule applied"), due));

    private static string Key(string owner, string rule, TaskType type, int occurrence, string? qualifier) =>
        string.Create(CultureInfo.InvariantCulture, $"{owner}/{rule}/{type}/{qualifier ?? "1"}/{occurrence}");

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
