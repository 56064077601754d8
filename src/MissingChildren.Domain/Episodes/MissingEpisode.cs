namespace MissingChildren.Domain.Episodes;

/// <summary>One period missing or absent, from <see cref="MissingFrom"/> (last seen) to <see cref="FoundAt"/>.</summary>
public sealed class MissingEpisode : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public EpisodeCategory Category { get; set; }

    public EpisodeStatus Status { get; set; }

    /// <summary>When the child was last seen.</summary>
    public DateTimeOffset MissingFrom { get; set; }

    /// <summary>When the absence was reported to the police or the council.</summary>
    public DateTimeOffset ReportedAt { get; set; }

    public DateTimeOffset? FoundAt { get; set; }

    public PoliceRiskLevel? PoliceRiskLevel { get; set; }

    public string? LastSeenLocation { get; set; }

    public string? FoundLocation { get; set; }

    /// <summary>R42: the other local authority whose area the child went missing from; null when it is our own area.</summary>
    public string? MissingFromArea { get; set; }

    /// <summary>R42: the other local authority whose area the child was found in; null when it is our own area.</summary>
    public string? FoundInArea { get; set; }

    /// <summary>R41: the whole family went missing with the child.</summary>
    public bool FamilyMissing { get; set; }

    /// <summary>R41: the other local authorities to tell that the family is missing, one a line.</summary>
    public string? FamilyAuthorities { get; set; }

    /// <summary>R41, R42: when the other areas were last recorded (the duties to tell them run from then).</summary>
    public DateTimeOffset? OtherAreasRecordedAt { get; set; }

    /// <summary>R44: the date social care decided there are reasonable grounds to believe the child is a victim of trafficking or modern slavery.</summary>
    public DateOnly? TraffickingGroundsOn { get; set; }

    /// <summary>R44: who made that decision.</summary>
    public string? TraffickingGroundsDecidedBy { get; set; }

    /// <summary>R44: when the decision was recorded (the NRM referral duty runs from then).</summary>
    public DateTimeOffset? TraffickingGroundsRecordedAt { get; set; }

    /// <summary>The team that holds the episode (R2, R3).</summary>
    public Guid? HoldingTeamId { get; set; }

    /// <summary>When the council learnt of the episode (the missing or absent notification arrived).</summary>
    public DateTimeOffset NotifiedAt { get; set; }

    /// <summary>When the return became known to the council (the found notification arrived).</summary>
    public DateTimeOffset? ReturnKnownAt { get; set; }

    /// <summary>The RHI that covers this episode (R26: one RHI may cover several).</summary>
    public Guid? ReturnHomeInterviewId { get; set; }

    /// <summary>R8: when the home authority's RHI form arrived; the request, reminder and escalation stop.</summary>
    public DateTimeOffset? RhiFormReceivedAt { get; set; }

    public List<EpisodeCategoryChange> CategoryChanges { get; set; } = [];

    /// <summary>This is the child's Nth episode (R32, R33); 0 until the duty engine first sees the episode.</summary>
    public int EpisodeNumber { get; set; }

    /// <summary>Episodes that began in the 90 days up to this one, this one included (R33, Medway).</summary>
    public int EpisodesInLast90Days { get; set; }

    /// <summary>Missing and absent notifications about the child when this episode's latest one arrived (R9).</summary>
    public int NotificationsAboutChild { get; set; }

    /// <summary>When the episode was finalised (<see cref="EpisodeStatus.Closed"/>).</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The protocol's condition that closed it (<see cref="EpisodeClosing"/>).</summary>
    public EpisodeClosure? ClosedAs { get; set; }

    public TimeSpan DurationAt(DateTimeOffset now) => (FoundAt ?? now) - MissingFrom;

    /// <summary>
    /// Finalises a returned episode under the condition that held (<see cref="EpisodeClosing"/>). An episode still open
    /// (the child missing) is never closed; one closed already is left as it was.
    /// </summary>
    /// <returns>Whether this call closed it.</returns>
    public bool Close(EpisodeClosure why, DateTimeOffset at)
    {
        if (Status != EpisodeStatus.Returned)
        {
            return false;
        }

        Status = EpisodeStatus.Closed;
        ClosedAt = at;
        ClosedAs = why;
        return true;
    }
}
