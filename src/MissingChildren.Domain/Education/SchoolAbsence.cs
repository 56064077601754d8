namespace MissingChildren.Domain.Education;

/// <summary>
/// R39 (Rutland 004): a day a child was not at school when expected, from the school's or council's attendance system or
/// entered by hand. One record per school, child and date, so the same absence sent twice is kept once.
/// </summary>
public sealed class SchoolAbsence : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public required string School { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The reason, if the school knows it.</summary>
    public string? Reason { get; set; }

    /// <summary>The school or council judges the child vulnerable: a return interview may be offered at once (R39).</summary>
    public bool Vulnerable { get; set; }

    /// <summary>Who sent it: the integration client's name, or "Recorded by hand".</summary>
    public required string Source { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// R39 (004): a meeting with the parents or carers and a local authority representative after a child's absence from
/// school: who attended, its outcome, whether attendance is monitored and whether a return interview was offered.
/// </summary>
public sealed class SchoolAbsenceMeetingRecord : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    /// <summary>The <c>SchoolAbsenceMeeting</c> duty it discharged, if any.</summary>
    public Guid? DutyTaskId { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Attendees { get; set; }

    public required string Outcome { get; set; }

    /// <summary>Attendance at all lessons monitored through the lesson tracker (004).</summary>
    public bool MonitorAttendance { get; set; }

    public bool ReturnInterviewOffered { get; set; }

    public string? RecordedBy { get; set; }
}
