using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Education;

/// <summary>
/// R39 (004): how many school days in a row a child has been absent, counted back from their latest absence. School days
/// are working days (Monday to Friday, not bank holidays or the council's closure days), so an absence on Friday and the
/// next Monday are consecutive, and a bank holiday between two absences does not break the run.
/// </summary>
public static class ConsecutiveAbsences
{
    /// <summary>The run of absences ending at the latest one: its length and the day it started; (0, null) for none.</summary>
    public static (int Count, DateOnly? Since) Run(IEnumerable<DateOnly> absences, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(absences);
        ArgumentNullException.ThrowIfNull(calendar);
        var days = absences.Where(calendar.IsWorkingDay).ToHashSet();
        if (days.Count == 0)
        {
            return (0, null);
        }

        var day = days.Max();
        var count = 1;
        while (days.Contains(PreviousSchoolDay(day, calendar)))
        {
            day = PreviousSchoolDay(day, calendar);
            count++;
        }

        return (count, day);
    }

    /// <summary>R39: a return interview may be offered after this many consecutive absences, or at once for a vulnerable child.</summary>
    public static bool ReturnInterviewMayBeOffered(int consecutive, bool vulnerable, int threshold) => vulnerable || consecutive >= threshold;

    private static DateOnly PreviousSchoolDay(DateOnly date, WorkingCalendar calendar)
    {
        var day = date.AddDays(-1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
