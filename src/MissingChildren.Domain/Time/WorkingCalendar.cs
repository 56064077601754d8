using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace MissingChildren.Domain.Time;

/// <summary>
/// Working days, core hours and deadlines in UK local time (Europe/London, with summer time).
/// </summary>
/// <remarks>
/// <para>
/// Every instant passed in may carry any offset; every instant returned is UTC (offset zero).
/// The calendar never reads the clock: callers pass "now" from their <see cref="TimeProvider"/>.
/// </para>
/// <para>
/// A working day is Monday to Friday, not an England &amp; Wales bank holiday and not a local
/// closure day. Core hours are <c>[Start, End)</c> in local time on a working day.
/// </para>
/// <para>
/// Three kinds of deadline appear in the protocols and are kept apart here:
/// clock hours ("within 72 hours": <see cref="AddClockHours"/>, real elapsed time, so 72 hours
/// across a clock change is still 72 real hours), working days ("within 3 working days":
/// <see cref="AddWorkingDays"/>, "the same working day": <see cref="EndOfSameWorkingDay"/>) and
/// core hours ("within 24 hours during core working hours": <see cref="AddCoreHours"/>).
/// </para>
/// <para>
/// A local time that does not exist (the hour skipped in March) is moved forward past the gap;
/// a local time that happens twice (the hour repeated in October) is taken at its first occurrence.
/// With the default 09:00–17:00 core hours neither case arises.
/// </para>
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>The IANA id of UK local time.</summary>
    public const string UkTimeZoneId = "Europe/London";

    // Bounds every forward search for a working day, so a calendar closed "for ever" fails loudly.
    private const int MaxDaysSearched = 3660;

    private readonly IBankHolidaySource _bankHolidays;
    private readonly FrozenSet<DateOnly> _closureDays;
    private readonly TimeZoneInfo _zone;

    public WorkingCalendar(IBankHolidaySource bankHolidays, IEnumerable<DateOnly> localClosureDays, CoreHours coreHours)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        ArgumentNullException.ThrowIfNull(localClosureDays);
        ArgumentNullException.ThrowIfNull(coreHours);
        coreHours.EnsureValid();

        _bankHolidays = bankHolidays;
        _closureDays = localClosureDays.ToFrozenSet();
        CoreHours = coreHours;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(UkTimeZoneId);
    }

    public CoreHours CoreHours { get; }

    /// <summary>The same instant expressed in UK local time (offset +00:00 or +01:00).</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>The UK local calendar date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public bool IsBankHoliday(DateOnly date) => _bankHolidays.For(date.Year).Contains(date);

    public bool IsClosureDay(DateOnly date) => _closureDays.Contains(date);

    /// <summary>Why a date is not a working day, in words ("Saturday", "Easter Monday (bank holiday)", "local closure day"); null on a working day.</summary>
    public string? WhyNotWorking(DateOnly date) => date switch
    {
        _ when date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday => "weekend",
        _ when IsBankHoliday(date) => _bankHolidays.NameOf(date) is { } name ? $"{name}, bank holiday" : "bank holiday",
        _ when IsClosureDay(date) => "local closure day",
        _ => null,
    };

    /// <summary>Monday to Friday, not a bank holiday and not a local closure day.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsBankHoliday(date)
        && !IsClosureDay(date);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayAfter(DateOnly date)
    {
        var day = date;
        for (var i = 0; i < MaxDaysSearched; i++)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                return day;
            }
        }

        throw new InvalidOperationException($"No working day found within {MaxDaysSearched} days after {date:yyyy-MM-dd}.");
    }

    /// <summary>The instant (UTC) core hours start on <paramref name="date"/>, whether or not it is a working day.</summary>
    public DateTimeOffset CoreHoursStart(DateOnly date) => AtLocal(date, CoreHours.Start);

    /// <summary>The instant (UTC) core hours end on <paramref name="date"/>, whether or not it is a working day.</summary>
    public DateTimeOffset CoreHoursEnd(DateOnly date) => AtLocal(date, CoreHours.End);

    /// <summary>Midnight at the start of the local date (UK time), as an instant.</summary>
    public DateTimeOffset StartOfDay(DateOnly date) => AtLocal(date, TimeOnly.MinValue);

    /// <summary>True when the instant falls on a working day within <c>[Start, End)</c> of core hours.</summary>
    public bool IsInCoreHours(DateTimeOffset instant)
    {
        var date = LocalDate(instant);
        return IsWorkingDay(date) && instant >= CoreHoursStart(date) && instant < CoreHoursEnd(date);
    }

    /// <summary>
    /// The next start of core hours at or after <paramref name="instant"/>: if the instant is on a
    /// working day at or before that day's core start, that day's core start; otherwise (later that
    /// day, or on a non-working day) the core start of the first working day strictly after the
    /// instant's local date.
    /// </summary>
    public DateTimeOffset NextWorkingDayStart(DateTimeOffset instant)
    {
        var date = LocalDate(instant);
        if (IsWorkingDay(date))
        {
            var start = CoreHoursStart(date);
            if (instant <= start)
            {
                return start;
            }
        }

        return CoreHoursStart(NextWorkingDayAfter(date));
    }

    /// <summary>
    /// R6: time from <paramref name="instant"/> to the start of core hours on the next working day;
    /// zero while in core hours. (Fri 18:00 → Mon 09:00 is 63 hours.)
    /// </summary>
    public TimeSpan UntilNextWorkingDay(DateTimeOffset instant) =>
        IsInCoreHours(instant) ? TimeSpan.Zero : NextWorkingDayStart(instant) - instant;

    /// <summary>
    /// Plain elapsed time: "within 72 hours" is 72 real hours whatever the calendar or the clocks do.
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every kind of deadline is asked of the same calendar instance.")]
    public DateTimeOffset AddClockHours(DateTimeOffset from, double hours)
    {
        if (!double.IsFinite(hours))
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Hours must be a finite number.");
        }

        return (from + TimeSpan.FromHours(hours)).ToUniversalTime();
    }

    /// <summary>
    /// "The same working day": the end of core hours on the instant's local date if that is a working
    /// day and core hours have not yet ended; otherwise the end of core hours on the next working day.
    /// </summary>
    public DateTimeOffset EndOfSameWorkingDay(DateTimeOffset instant)
    {
        var date = LocalDate(instant);
        if (IsWorkingDay(date))
        {
            var end = CoreHoursEnd(date);
            if (instant < end)
            {
                return end;
            }
        }

        return CoreHoursEnd(NextWorkingDayAfter(date));
    }

    /// <summary>
    /// "Within N working days": the end of core hours on the Nth working day strictly after the
    /// local date of <paramref name="from"/> (the day it happens does not count, even when it is a
    /// working day). Accepted Monday 10:00, 3 working days is Thursday 17:00; accepted Saturday, it
    /// is Wednesday 17:00. <paramref name="days"/> = 0 is <see cref="EndOfSameWorkingDay"/>.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return EndOfSameWorkingDay(from);
        }

        var date = LocalDate(from);
        for (var i = 0; i < days; i++)
        {
            date = NextWorkingDayAfter(date);
        }

        return CoreHoursEnd(date);
    }

    /// <summary>
    /// R19 (002 §4.2) "within 24 hours during core working hours": a day's worth of working time, so the same local
    /// time on the next working day. Starting outside core hours, the day starts at the next core start
    /// (Mon 10:00 → Tue 10:00; Fri 10:00 → Mon 10:00; Fri 20:00 → Mon 09:00 → Tue 09:00).
    /// </summary>
    public DateTimeOffset SameTimeNextWorkingDay(DateTimeOffset instant)
    {
        var start = IsInCoreHours(instant) ? instant.ToUniversalTime() : NextWorkingDayStart(instant);
        var next = NextWorkingDayAfter(LocalDate(start));
        return AtLocal(next, TimeOnly.FromDateTime(ToLocal(start).DateTime));
    }

    /// <summary>
    /// Adds <paramref name="span"/> counting only time inside core hours on working days (for example three 8-hour
    /// working days for 24 core hours).
    /// Starting outside core hours, the count begins at the next core start. A span that runs out
    /// exactly at the end of core hours ends then, not at the next morning.
    /// </summary>
    public DateTimeOffset AddCoreHours(DateTimeOffset from, TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);

        var cursor = from.ToUniversalTime();
        var remaining = span;
        if (remaining == TimeSpan.Zero)
        {
            return cursor;
        }

        for (var i = 0; i < MaxDaysSearched; i++)
        {
            if (!IsInCoreHours(cursor))
            {
                cursor = NextWorkingDayStart(cursor);
            }

            var endOfDay = CoreHoursEnd(LocalDate(cursor));
            var available = endOfDay - cursor;
            if (remaining <= available)
            {
                return cursor + remaining;
            }

            remaining -= available;
            cursor = endOfDay;
        }

        throw new InvalidOperationException($"Could not add {span} of core hours within {MaxDaysSearched} days.");
    }

    /// <summary>
    /// The number of working days whose local date is after the local date of <paramref name="a"/>
    /// and on or before the local date of <paramref name="b"/>; negative when <paramref name="b"/> is
    /// earlier. <c>WorkingDaysBetween(x, AddWorkingDays(x, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateTimeOffset a, DateTimeOffset b)
    {
        var first = LocalDate(a);
        var last = LocalDate(b);
        if (last < first)
        {
            return -WorkingDaysBetween(b, a);
        }

        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private DateTimeOffset AtLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // The hour skipped when the clocks go forward: move past the gap.
        for (var i = 0; i < 16 && _zone.IsInvalidTime(local); i++)
        {
            local = local.AddMinutes(15);
        }

        // The hour repeated when the clocks go back: the first occurrence has the larger offset.
        var offset = _zone.IsAmbiguousTime(local)
            ? _zone.GetAmbiguousTimeOffsets(local).Max()
            : _zone.GetUtcOffset(local);

        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
