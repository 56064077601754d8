using MissingChildren.Domain.Education;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Education;

/// <summary>R39 (Rutland 004): consecutive absences are counted in school days (working days), back from the latest.</summary>
public sealed class ConsecutiveAbsencesTests
{
    private static readonly WorkingCalendar Calendar = new(new UkBankHolidaySource(), [], new CoreHours(new TimeOnly(9, 0), new TimeOnly(17, 0)));

    private static DateOnly D(int month, int day) => new(2026, month, day);

    public static TheoryData<DateOnly[], int> Runs => new()
    {
        { [], 0 },
        { [D(11, 18)], 1 },
        // Wednesday, Thursday, Friday.
        { [D(11, 18), D(11, 19), D(11, 20)], 3 },
        // Friday and the next Monday: the weekend does not break the run.
        { [D(11, 20), D(11, 23)], 2 },
        // A school day between breaks it: only the latest run counts.
        { [D(11, 16), D(11, 17), D(11, 19)], 1 },
        // Thursday 24 and Tuesday 29 December 2026: Christmas Day (Friday), the weekend and Boxing Day's substitute (Monday 28) are not school days.
        { [D(12, 24), D(12, 29)], 2 },
        // The spring bank holiday (Monday 25 May 2026) does not break Friday to Tuesday.
        { [D(5, 22), D(5, 26)], 2 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void TheRunEndingAtTheLatestAbsence_IsCountedInSchoolDays(DateOnly[] absences, int expected) =>
        Assert.Equal(expected, ConsecutiveAbsences.Run(absences, Calendar).Count);

    [Theory]
    [InlineData(2, false, false)]
    [InlineData(3, false, true)]
    [InlineData(1, true, true)]
    public void AReturnInterviewMayBeOffered_AfterThreeConsecutiveAbsences_OrAtOnceForAVulnerableChild(int consecutive, bool vulnerable, bool expected) =>
        Assert.Equal(expected, ConsecutiveAbsences.ReturnInterviewMayBeOffered(consecutive, vulnerable, threshold: 3));
}
