using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.Time;

/// <summary>
/// R19's "same time on the next working day", the reasons a day is not a working day (bank holidays by name), and the
/// explanations an inspector reads beside a due time, across weekends, bank holidays and the clock changes.
/// </summary>
public sealed class DeadlineExplanationTests
{
    private static readonly WorkingCalendar Calendar = new(new UkBankHolidaySource(), [new DateOnly(2026, 12, 2)], CoreHours.Default);

    private static readonly DeadlineExplanation Explain = new("Somerset", Calendar);

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(11, 16, 10, 11, 17, 10)] // Mon 10:00 → Tue 10:00
    [InlineData(11, 20, 10, 11, 23, 10)] // Fri 10:00 → Mon 10:00
    [InlineData(11, 20, 19, 11, 24, 9)]  // Fri 19:00, out of hours: from Mon 09:00 → Tue 09:00
    [InlineData(12, 1, 11, 12, 3, 11)]   // Tue 1 Dec: Wed 2 Dec is a local closure day → Thu 11:00
    [InlineData(10, 23, 9, 10, 26, 10)]  // Fri 23 Oct 10:00 BST (09:00 UTC) → Mon 26 Oct 10:00 GMT (10:00 UTC)
    public void R19_SameTimeNextWorkingDay(int month, int day, int hour, int dueMonth, int dueDay, int dueHour) =>
        Assert.Equal(Utc(dueMonth, dueDay, dueHour), Calendar.SameTimeNextWorkingDay(Utc(month, day, hour)));

    [Theory]
    [InlineData(12, 25, "Christmas, bank holiday")]
    [InlineData(12, 26, "weekend")]
    [InlineData(12, 28, "bank holiday")] // the Boxing Day substitute: named as the package names it, or plainly
    [InlineData(12, 2, "local closure day")]
    [InlineData(12, 3, null)]
    public void WhyNotWorking_NamesTheBankHoliday(int month, int day, string? expected)
    {
        var why = Calendar.WhyNotWorking(new DateOnly(2026, month, day));

        if (expected is null)
        {
            Assert.Null(why);
        }
        else
        {
            Assert.EndsWith(expected, why, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ClockHours_AcrossTheEndOfSummerTime_SaysTheLocalTimeReadsAnHourEarlier()
    {
        // Fri 23 Oct 2026 12:00 BST (11:00 UTC) + 72 real hours = Mon 26 Oct 11:00 GMT.
        var start = new ClockAnchor(Utc(10, 23, 11), "the return home interview service being informed of the return (002 §3.1)");

        var text = Explain.ClockHours(RuleIds.RhiOffer, start, 72, start.At.AddHours(72));

        Assert.Equal("R17, Somerset profile. The clock started Fri 23 Oct 2026 12:00 BST: the return home interview service being informed of the return (002 §3.1). "
            + "72 clock hours later (nights, weekends and bank holidays count) is Mon 26 Oct 2026 11:00 GMT. "
            + "British Summer Time ended in between (the clocks went back an hour), so the local time reads an hour earlier.", text);
    }

    [Fact]
    public void WorkingDays_OverChristmas_NamesEveryDaySkipped()
    {
        // Accepted Thu 24 Dec 10:00: Christmas, the weekend and the Boxing Day substitute skipped; Tue 29, Wed 30, Thu 31 Dec.
        var accepted = new ClockAnchor(Utc(12, 24, 10), "the interview being accepted (002 §3.3)");
        var due = Calendar.AddWorkingDays(accepted.At, 3);

        var text = Explain.WorkingDays(RuleIds.RhiCompletion, accepted, 3, due);

        Assert.Equal(Utc(12, 31, 17), due);
        Assert.Contains("3 working days, not counting that day; skipping Fri 25 Dec (Christmas, bank holiday), Sat 26 Dec (weekend), Sun 27 Dec (weekend), Mon 28 Dec (", text, StringComparison.Ordinal);
        Assert.EndsWith("the end of core hours on Thu 31 Dec 2026 17:00 GMT.", text, StringComparison.Ordinal);
    }
}
