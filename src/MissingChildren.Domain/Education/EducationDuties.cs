using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Teams;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Education;

/// <summary>
/// The duties of children missing education (R40) and school absence (R39), held by the council's education team (or
/// Front Door where it has none). Pure: the caller saves; each duty's key is unique, so raising one twice keeps one.
/// </summary>
public static class EducationDuties
{
    /// <summary>
    /// R40 (003): a dormant investigation whose review date has come is reviewed: a duty raised on the review date, due at
    /// the end of core hours that day (the next working day when it is not one). It escalates like any other duty.
    /// </summary>
    public static DutyTask Review(CmeInvestigation investigation, Child child, IReadOnlyDictionary<TeamFunction, Guid> teams, WorkingCalendar calendar,
        string profileName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        ArgumentNullException.ThrowIfNull(calendar);
        var reviewOn = investigation.ReviewOn ?? throw new InvalidOperationException("Only a dormant investigation is reviewed.");
        var anchor = new ClockAnchor(calendar.StartOfDay(reviewOn), "the review date set when the investigation was filed as dormant");
        var due = calendar.EndOfSameWorkingDay(anchor.At);
        return Raise(child, teams, TaskType.CmeInvestigation, RuleIds.MissingEducation, $"{RuleIds.MissingEducation}:review:{investigation.Id}:{reviewOn:yyyy-MM-dd}",
            "Review the dormant children missing education investigation", now, due,
            new DeadlineExplanation(profileName, calendar).SameWorkingDay(RuleIds.MissingEducation, anchor, due));
    }

    /// <summary>
    /// R39 (004): a child absent from school: a meeting with the parents or carers and a local authority representative,
    /// within the profile's working days of the first absence of the run. One duty per run of absences.
    /// </summary>
    public static DutyTask AbsenceMeeting(Child child, DateOnly runStart, SchoolAbsenceSettings settings, IReadOnlyDictionary<TeamFunction, Guid> teams,
        WorkingCalendar calendar, string profileName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(calendar);
        var anchor = new ClockAnchor(calendar.StartOfDay(runStart), "the first day of the child's absence from school");
        var due = calendar.AddWorkingDays(anchor.At, settings.AbsenceMeetingWithinWorkingDays);
        return Raise(child, teams, TaskType.SchoolAbsenceMeeting, RuleIds.SchoolAbsence, $"{RuleIds.SchoolAbsence}:meeting:{child.Id}:{runStart:yyyy-MM-dd}",
            "Hold a school absence meeting with the parents or carers", now, due,
            new DeadlineExplanation(profileName, calendar).WorkingDays(RuleIds.SchoolAbsence, anchor, settings.AbsenceMeetingWithinWorkingDays, due));
    }

    private static DutyTask Raise(Child child, IReadOnlyDictionary<TeamFunction, Guid> teams, TaskType type, string rule, string key, string title,
        DateTimeOffset now, DateTimeOffset due, string explanation)
    {
        ArgumentNullException.ThrowIfNull(child);
        return new DutyTask
        {
            ChildId = child.Id,
            Type = type,
            RuleId = rule,
            DedupeKey = key,
            Title = title,
            Status = DutyStatus.Open,
            RaisedAt = now,
            DueAt = due,
            DueExplanation = explanation,
            AssigneeRole = PolicyRole.Education,
            AssigneeTeamId = DutyAssignment.Team(TeamKind.Education, child, teams),
        };
    }
}
