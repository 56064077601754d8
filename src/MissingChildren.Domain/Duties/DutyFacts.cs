using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>What the duty engine needs to know about the child.</summary>
public sealed record ChildFacts(
    Guid ChildId,
    int? Age,
    IReadOnlySet<InvolvementType> OpenInvolvements,
    bool HasAllocatedSocialWorker,
    bool IsUnaccompaniedAsylumSeeker)
{
    /// <summary>Our looked-after child (<see cref="Child.IsOurLookedAfter"/>).</summary>
    public bool IsLookedAfter => Child.IsOurLookedAfter(OpenInvolvements);

    /// <summary>Looked after by another authority and placed here (R8), and not ours.</summary>
    public bool IsOtherAuthorityLookedAfter => OpenInvolvements.Contains(InvolvementType.CLAOtherAuthority) && !IsLookedAfter;

    public bool HasProtectionPlan => OpenInvolvements.Contains(InvolvementType.CP);

    public bool IsChildInNeed => OpenInvolvements.Contains(InvolvementType.CIN);

    /// <summary>A care leaver the council supports (R34).</summary>
    public bool IsCareLeaver => OpenInvolvements.Contains(InvolvementType.CareLeaver);

    /// <summary>Open to Children's Social Care: looked after, a protection plan, or in need (R18).</summary>
    public bool IsOpenToSocialCare => IsLookedAfter || HasProtectionPlan || IsChildInNeed;

    public bool IsIn(ChildGroup group) => group switch
    {
        ChildGroup.AllChildren => true,
        ChildGroup.LookedAfter => IsLookedAfter,
        ChildGroup.LookedAfterOrChildProtection => IsLookedAfter || HasProtectionPlan,
        ChildGroup.UnaccompaniedAsylumSeeking => IsUnaccompaniedAsylumSeeker,
        ChildGroup.CareLeaver => IsCareLeaver,
        _ => false,
    };
}

/// <summary>What the duty engine needs to know about the episode.</summary>
/// <param name="PoliceRiskLevel">The police risk grading on the reports: High is a risk of serious harm (R9).</param>
/// <param name="RhiFormReceivedAt">R8: when the home authority's RHI form arrived, if it has.</param>
/// <param name="OtherAreas">R41, R42: the other local authorities the episode concerns, once recorded.</param>
/// <param name="TraffickingGroundsRecordedAt">R44: when reasonable grounds to believe trafficking or modern slavery were recorded.</param>
public sealed record EpisodeFacts(
    Guid EpisodeId,
    EpisodeCategory Category,
    EpisodeStatus Status,
    DateTimeOffset MissingFrom,
    DateTimeOffset NotifiedAt,
    DateTimeOffset? FoundAt,
    DateTimeOffset? ReturnKnownAt,
    PoliceRiskLevel? PoliceRiskLevel = null,
    DateTimeOffset? RhiFormReceivedAt = null,
    OtherAreaFacts? OtherAreas = null,
    DateTimeOffset? TraffickingGroundsRecordedAt = null)
{
    /// <summary>R9: a notification that shows the child is at risk of harm (the police grade the risk as high).</summary>
    public bool ShowsRiskOfHarm => PoliceRiskLevel == Episodes.PoliceRiskLevel.High;

    public bool IsMissing => Category == EpisodeCategory.Missing;

    /// <summary>How long the child was (or has been) missing.</summary>
    public TimeSpan MissingFor(DateTimeOffset now) => (FoundAt ?? now) - MissingFrom;
}

/// <summary>R41, R42: the other local authorities an episode concerns, recorded at <paramref name="RecordedAt"/>.</summary>
/// <param name="MissingFromArea">The other authority whose area the child went missing from (null: our own area).</param>
/// <param name="FoundInArea">The other authority whose area the child was found in (null: our own area, or not found).</param>
/// <param name="FamilyAuthorities">The whole family is missing: the other authorities to tell (empty when it is not).</param>
public sealed record OtherAreaFacts(DateTimeOffset RecordedAt, string? MissingFromArea, string? FoundInArea, IReadOnlyList<string> FamilyAuthorities);

/// <summary>The child's history that repeat rules count (R9, R32, R33).</summary>
/// <param name="EpisodesEver">Every episode of the child's, this one included.</param>
/// <param name="EpisodesInLast90Days">Episodes that began in the 90 days before this one began, this one included.</param>
/// <param name="NotificationsAboutChild">Missing, absent and found notifications received about the child.</param>
/// <param name="CeAssessedAt">R28: when the child's latest exploitation risk assessment was completed, if one was.</param>
public sealed record HistoryFacts(int EpisodesEver, int EpisodesInLast90Days, int NotificationsAboutChild, DateTimeOffset? CeAssessedAt = null)
{
    public static HistoryFacts FirstEpisode { get; } = new(1, 1, 1);
}

/// <summary>The RHI that covers the episode, when there is one.</summary>
/// <param name="Independent">R23: a child in care's request for an independent interviewer, when they made one.</param>
/// <param name="Concluded">The interview was held, declined or could not happen (or has gone further).</param>
/// <param name="Allocated">R19: a worker has it.</param>
/// <param name="AcceptedAt">R21: when the interview was accepted (the completion clock starts).</param>
/// <param name="InterviewedAt">R21: when the interview was held (the write-up clock starts).</param>
/// <param name="Sent">R21, R30: the record is written up and with the manager (or authorised).</param>
public sealed record RhiFacts(Guid Id, DateTimeOffset RequestedAt, IndependentRequestFacts? Independent = null, bool Concluded = false,
    bool Allocated = false, DateTimeOffset? AcceptedAt = null, DateTimeOffset? InterviewedAt = null, bool Sent = false);

/// <summary>R23: where a child in care's request for an independent person has got to.</summary>
/// <param name="ChosenAt">When the child asked for an independent person.</param>
/// <param name="RequestDueAt">The request to the independent service is due by.</param>
/// <param name="RequestedAt">When the request was made.</param>
/// <param name="ResponseAt">When the independent service answered.</param>
/// <param name="PlannedDate">The date the interview was planned for.</param>
public sealed record IndependentRequestFacts(DateTimeOffset ChosenAt, DateTimeOffset RequestDueAt, DateTimeOffset? RequestedAt, DateTimeOffset? ResponseAt, DateOnly? PlannedDate);

/// <summary>
/// A duty the rules say must exist: raised at <see cref="RaiseAt"/>, due at <see cref="DueAt"/>, for a role in a
/// kind of team. <see cref="Key"/> identifies it, so raising it again changes nothing. <see cref="DueExplanation"/> says
/// how <see cref="DueAt"/> was worked out (<see cref="Duties.DeadlineExplanation"/>).
/// </summary>
public sealed record DutyRequirement(
    TaskType Type,
    string RuleId,
    string Key,
    string Title,
    DateTimeOffset RaiseAt,
    DateTimeOffset DueAt,
    PolicyRole Role,
    TeamKind Team,
    Guid? ReturnHomeInterviewId = null,
    string? DueExplanation = null)
{
    /// <summary>R41, R42: the other local authority to tell.</summary>
    public string? Partner { get; init; }
}
