namespace MissingChildren.Domain.Meetings;

public enum MeetingType
{
    StrategyMeeting,
    ProfessionalsMeeting,
    CaseReview,
    LongMissingReview,
    LegalPlanningMeeting,
    FamilyMeeting,
}

/// <summary>A strategy, professionals or review meeting about a child (R12, R15, R33).</summary>
public sealed class Meeting : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public Guid? EpisodeId { get; set; }

    /// <summary>The duty the meeting discharges, if any.</summary>
    public Guid? DutyTaskId { get; set; }

    public MeetingType Type { get; set; }

    public DateTimeOffset HeldAt { get; set; }

    /// <summary>Attendees by agency, one per line.</summary>
    public string? Attendees { get; set; }

    /// <summary>Risk factors considered (003).</summary>
    public string? RiskFactors { get; set; }

    /// <summary>Actions with their owners: the SMART plan.</summary>
    public string? Actions { get; set; }

    public string? RecordedByUserId { get; set; }
}
