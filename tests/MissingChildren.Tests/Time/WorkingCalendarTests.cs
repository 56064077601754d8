using Microsoft.Extensions.Time.Testing;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Time;

public sealed class WorkingCalendarTests
{
    private static readonly DateOnly ClosureDay = new(2026, 12, 2); // a Wednesday

    private readonly WorkingCalendar _calendar = new(new UkBankHolidaySource(), [ClosureDay], CoreHours.Default);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2026, 3, 7, false)]   // Saturday
    [InlineData(2026, 3, 8, false)]   // Sunday
    [InlineData(2026, 3, 9, true)]    // Monday
    [InlineData(2026, 12, 24, true)]  // Christmas Eve, a Thursday
    [InlineData(2026, 12, 25, false)] // Christmas Day
    [InlineData(2026, 12, 28, false)] // Boxing Day substitute (26th is a Saturday)
    [InlineData(2026, 12, 29, true)]
    [InlineData(2027, 3, 26, false)]  // Good Friday
    [InlineData(2027, 3, 29, false)]  // Easter Monday
    [InlineData(2027, 3, 30, true)]
    [InlineData(2026, 12, 2, false)]  // local closure day
    [InlineData(2026, 11, 30, true)]  // St Andrew's Day: Scotland only
    public void IsWorkingDay_KnowsWeekendsBankHolidaysAndClosures(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, _calendar.IsWorkingDay(new DateOnly(year, month, day)));

    [Fact]
    public void ToLocal_InSummer_IsOneHourAheadOfUtc()
    {
        var local = _calendar.ToLocal(Utc(2026, 7, 1, 12));

        Assert.Equal(TimeSpan.FromHours(1), local.Offset);
        Assert.Equal(13, local.Hour);
    }

    [Fact]
    public void AddClockHours_72HoursAcrossSpringClockChange_IsRealElapsedTime()
    {
        // R17: 72 clock hours from Fri 27 Mar 2026 12:00 UTC (clocks go forward Sun 29 Mar).
        var due = _calendar.AddClockHours(Utc(2026, 3, 27, 12), 72);

        Assert.Equal(Utc(2026, 3, 30, 12), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.Equal(13, _calendar.ToLocal(due).Hour); // 13:00 BST
    }

    [Fact]
    public void AddClockHours_72HoursAcrossAutumnClockChange_IsRealElapsedTime()
    {
        // Clocks go back Sun 25 Oct 2026: Fri 13:00 BST + 72h is Mon 12:00 GMT.
        var due = _calendar.AddClockHours(Utc(2026, 10, 23, 12), 72);

        Assert.Equal(Utc(2026, 10, 26, 12), due);
        Assert.Equal(12, _calendar.ToLocal(due).Hour);
    }

    [Fact]
    public void AddClockHours_ReturnsUtc_WhenGivenALocalOffset()
    {
        var from = new DateTimeOffset(2026, 7, 1, 13, 0, 0, TimeSpan.FromHours(1));

        var due = _calendar.AddClockHours(from, 1.5);

        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.Equal(Utc(2026, 7, 1, 13, 30), due);
    }

    [Fact]
    public void CoreHoursStart_OnMondayAfterSpringClockChange_Is0800Utc() =>
        Assert.Equal(Utc(2026, 3, 30, 8), _calendar.CoreHoursStart(new DateOnly(2026, 3, 30)));

    [Fact]
    public void CoreHoursStart_OnMondayAfterAutumnClockChange_Is0900Utc() =>
        Assert.Equal(Utc(2026, 10, 26, 9), _calendar.CoreHoursStart(new DateOnly(2026, 10, 26)));

    [Theory]
    [InlineData(2026, 3, 30, 7, 59, false)] // 08:59 BST
    [InlineData(2026, 3, 30, 8, 0, true)]   // 09:00 BST
    [InlineData(2026, 3, 30, 15, 59, true)] // 16:59 BST
    [InlineData(2026, 3, 30, 16, 0, false)] // 17:00 BST: end is exclusive
    [InlineData(2026, 10, 26, 8, 30, false)] // 08:30 GMT
    [InlineData(2026, 10, 26, 9, 0, true)]
    [InlineData(2026, 3, 28, 12, 0, false)] // Saturday
    [InlineData(2026, 12, 2, 12, 0, false)] // closure day
    public void IsInCoreHours_UsesLocalTimeOnWorkingDays(int year, int month, int day, int hour, int minute, bool expected) =>
        Assert.Equal(expected, _calendar.IsInCoreHours(Utc(year, month, day, hour, minute)));

    [Fact]
    public void NextWorkingDayStart_BeforeCoreStartOnAWorkingDay_IsThatMorning() =>
        Assert.Equal(Utc(2026, 12, 8, 9), _calendar.NextWorkingDayStart(Utc(2026, 12, 8, 6)));

    [Fact]
    public void NextWorkingDayStart_ExactlyAtCoreStart_IsThatInstant() =>
        Assert.Equal(Utc(2026, 12, 8, 9), _calendar.NextWorkingDayStart(Utc(2026, 12, 8, 9)));

    [Fact]
    public void NextWorkingDayStart_DuringCoreHours_IsTheNextWorkingDay() =>
        Assert.Equal(Utc(2026, 12, 9, 9), _calendar.NextWorkingDayStart(Utc(2026, 12, 8, 10)));

    [Fact]
    public void NextWorkingDayStart_OnFridayEveningBeforeSpringChange_IsMonday0800Utc() =>
        Assert.Equal(Utc(2026, 3, 30, 8), _calendar.NextWorkingDayStart(Utc(2026, 3, 27, 18)));

    [Fact]
    public void NextWorkingDayStart_SkipsAClosureDay() =>
        Assert.Equal(Utc(2026, 12, 3, 9), _calendar.NextWorkingDayStart(Utc(2026, 12, 1, 18)));

    [Fact]
    public void UntilNextWorkingDay_FromFriday1800InWinter_Is63Hours() =>
        // R6: 48 hours or more, so the EDT worker offers and conducts the RHI.
        Assert.Equal(TimeSpan.FromHours(63), _calendar.UntilNextWorkingDay(Utc(2026, 12, 4, 18)));

    [Fact]
    public void UntilNextWorkingDay_FromFriday1800InSummer_Is63Hours() =>
        Assert.Equal(TimeSpan.FromHours(63), _calendar.UntilNextWorkingDay(Utc(2026, 6, 12, 17)));

    [Fact]
    public void UntilNextWorkingDay_FromFriday1800BeforeSpringChange_Is62RealHours() =>
        Assert.Equal(TimeSpan.FromHours(62), _calendar.UntilNextWorkingDay(Utc(2026, 3, 27, 18)));

    [Fact]
    public void UntilNextWorkingDay_FromFriday1800BeforeAutumnChange_Is64RealHours() =>
        Assert.Equal(TimeSpan.FromHours(64), _calendar.UntilNextWorkingDay(Utc(2026, 10, 23, 17)));

    [Fact]
    public void UntilNextWorkingDay_FromChristmasEveEvening_RunsToTuesday29December()
    {
        // R6: Thu 24 Dec 2026 18:00; Fri 25 and Mon 28 (Boxing Day substitute) are bank holidays.
        var clock = new FakeTimeProvider(Utc(2026, 12, 24, 18));

        var wait = _calendar.UntilNextWorkingDay(clock.GetUtcNow());

        Assert.Equal(TimeSpan.FromHours(111), wait);
        clock.Advance(wait);
        Assert.True(_calendar.IsInCoreHours(clock.GetUtcNow()));
        Assert.Equal(new DateOnly(2026, 12, 29), _calendar.LocalDate(clock.GetUtcNow()));
    }

    [Fact]
    public void UntilNextWorkingDay_OnAWeekdayEveningAt1700_Is16Hours() =>
        // R6: the lower bound of the 16–47 hour band.
        Assert.Equal(TimeSpan.FromHours(16), _calendar.UntilNextWorkingDay(Utc(2026, 12, 8, 17)));

    [Fact]
    public void UntilNextWorkingDay_InCoreHours_IsZero() =>
        Assert.Equal(TimeSpan.Zero, _calendar.UntilNextWorkingDay(Utc(2026, 12, 8, 12)));

    [Fact]
    public void EndOfSameWorkingDay_DuringTheDay_IsThatEvening() =>
        Assert.Equal(Utc(2026, 12, 8, 17), _calendar.EndOfSameWorkingDay(Utc(2026, 12, 8, 11)));

    [Fact]
    public void EndOfSameWorkingDay_BeforeCoreStart_IsThatEvening() =>
        Assert.Equal(Utc(2026, 12, 8, 17), _calendar.EndOfSameWorkingDay(Utc(2026, 12, 8, 7)));

    [Fact]
    public void EndOfSameWorkingDay_OnChristmasEveEvening_IsTuesday29December() =>
        Assert.Equal(Utc(2026, 12, 29, 17), _calendar.EndOfSameWorkingDay(Utc(2026, 12, 24, 18)));

    [Fact]
    public void EndOfSameWorkingDay_OnASaturday_IsMondayEvening() =>
        Assert.Equal(Utc(2026, 12, 7, 17), _calendar.EndOfSameWorkingDay(Utc(2026, 12, 5, 12)));

    [Fact]
    public void AddWorkingDays_3FromMonday_IsThursdayEndOfCoreHours() =>
        // R21: accepted Monday, completed within 3 working days.
        Assert.Equal(Utc(2026, 12, 10, 17), _calendar.AddWorkingDays(Utc(2026, 12, 7, 10), 3));

    [Fact]
    public void AddWorkingDays_3FromSaturday_IsWednesday() =>
        Assert.Equal(Utc(2026, 12, 9, 17), _calendar.AddWorkingDays(Utc(2026, 12, 5, 10), 3));

    [Fact]
    public void AddWorkingDays_AcrossChristmas2026_SkipsBankHolidaysAndWeekend() =>
        // Wed 23 Dec: 24th (1), 29th (2), 30th (3).
        Assert.Equal(Utc(2026, 12, 30, 17), _calendar.AddWorkingDays(Utc(2026, 12, 23, 10), 3));

    [Fact]
    public void AddWorkingDays_AcrossEaster2027AndTheClockChange_EndsAt1700Bst() =>
        // Thu 25 Mar 2027: Good Friday, weekend (clocks forward Sun 28th) and Easter Monday skipped.
        Assert.Equal(Utc(2027, 3, 30, 16), _calendar.AddWorkingDays(Utc(2027, 3, 25, 12), 1));

    [Fact]
    public void AddWorkingDays_SkipsALocalClosureDay() =>
        Assert.Equal(Utc(2026, 12, 3, 17), _calendar.AddWorkingDays(Utc(2026, 12, 1, 10), 1));

    [Fact]
    public void AddWorkingDays_Zero_IsEndOfSameWorkingDay() =>
        Assert.Equal(Utc(2026, 12, 8, 17), _calendar.AddWorkingDays(Utc(2026, 12, 8, 10), 0));

    [Fact]
    public void AddCoreHours_24CoreHoursFromFriday1600_IsWednesday1600()
    {
        // R19: Fri 1h, Mon 8h, Tue 8h, Wed 7h.
        var due = _calendar.AddCoreHours(Utc(2026, 12, 4, 16), TimeSpan.FromHours(24));

        Assert.Equal(Utc(2026, 12, 9, 16), due);
    }

    [Fact]
    public void AddCoreHours_24CoreHoursFromChristmasEve_SkipsBankHolidaysAndWeekend()
    {
        // Thu 24 Dec 2h; 25th, weekend and 28th skipped; Tue 29 8h, Wed 30 8h, Thu 31 6h.
        var due = _calendar.AddCoreHours(Utc(2026, 12, 24, 15), TimeSpan.FromHours(24));

        Assert.Equal(Utc(2026, 12, 31, 15), due);
    }

    [Fact]
    public void AddCoreHours_AcrossEaster2027AndTheClockChange_CountsLocalCoreHours()
    {
        // Thu 25 Mar 2027 16:00 GMT: 1h that day, 7h on Tue 30 Mar (BST) → 16:00 BST = 15:00 UTC.
        var due = _calendar.AddCoreHours(Utc(2027, 3, 25, 16), TimeSpan.FromHours(8));

        Assert.Equal(Utc(2027, 3, 30, 15), due);
    }

    [Fact]
    public void AddCoreHours_FromAWeekend_StartsCountingMondayMorning_AndEndsAtCoreEnd() =>
        Assert.Equal(Utc(2026, 12, 7, 17), _calendar.AddCoreHours(Utc(2026, 12, 5, 10), TimeSpan.FromHours(8)));

    [Fact]
    public void AddCoreHours_SkipsAClosureDay() =>
        Assert.Equal(Utc(2026, 12, 3, 11), _calendar.AddCoreHours(Utc(2026, 12, 1, 15), TimeSpan.FromHours(4)));

    [Fact]
    public void AddCoreHours_Zero_ReturnsTheInstant() =>
        Assert.Equal(Utc(2026, 12, 5, 10), _calendar.AddCoreHours(Utc(2026, 12, 5, 10), TimeSpan.Zero));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(20)]
    public void WorkingDaysBetween_IsTheInverseOfAddWorkingDays(int days)
    {
        var from = Utc(2026, 12, 22, 14);

        Assert.Equal(days, _calendar.WorkingDaysBetween(from, _calendar.AddWorkingDays(from, days)));
    }

    [Fact]
    public void WorkingDaysBetween_BackwardsIsNegative() =>
        Assert.Equal(-3, _calendar.WorkingDaysBetween(Utc(2026, 12, 10, 12), Utc(2026, 12, 7, 12)));

    [Fact]
    public void Constructor_RejectsCoreHoursThatEndBeforeTheyStart() =>
        Assert.Throws<ArgumentException>(() =>
            new WorkingCalendar(new UkBankHolidaySource(), [], new CoreHours(new TimeOnly(17, 0), new TimeOnly(9, 0))));

    [Fact]
    public void CustomCoreHours_AreUsed()
    {
        var calendar = new WorkingCalendar(new UkBankHolidaySource(), [], new CoreHours(new TimeOnly(8, 30), new TimeOnly(17, 30)));

        Assert.Equal(Utc(2026, 12, 8, 8, 30), calendar.NextWorkingDayStart(Utc(2026, 12, 7, 20)));
        Assert.Equal(Utc(2026, 12, 8, 17, 30), calendar.EndOfSameWorkingDay(Utc(2026, 12, 8, 9)));
    }
}
