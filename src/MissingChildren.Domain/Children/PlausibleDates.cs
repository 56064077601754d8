namespace MissingChildren.Domain.Children;

/// <summary>
/// The dates the service can believe. It serves children under 18 who go missing and care leavers the council still
/// supports (R34; personal advisers support care leavers up to 25, Children and Social Work Act 2017 s.3), so a date of
/// birth is in the last 26 years and not in the future. A missing, reported or found time is not before the service's
/// earliest record (<see cref="EarliestEvent"/>) nor before the child was born, and not in the future beyond a few
/// minutes of difference between the sender's clock and ours.
/// </summary>
public static class PlausibleDates
{
    /// <summary>No missing episode the service records began before this day.</summary>
    public static readonly DateOnly EarliestEvent = new(2000, 1, 1);

    /// <summary>How far ahead of our clock a sender's may run.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The oldest person the service supports is a care leaver of 25 (R34).</summary>
    public const int OldestAgeYears = 26;

    public static DateOnly EarliestDateOfBirth(DateOnly today) => today.AddYears(-OldestAgeYears);

    public static bool IsDateOfBirth(DateOnly date, DateOnly today) => date >= EarliestDateOfBirth(today) && date <= today;

    /// <summary>A missing, reported or found time: on or after <see cref="EarliestEvent"/> and the child's birth, and not in the future.</summary>
    public static bool IsEventTime(DateTimeOffset instant, DateTimeOffset now, DateOnly? dateOfBirth)
    {
        var day = DateOnly.FromDateTime(instant.UtcDateTime);
        return day >= EarliestEvent && (dateOfBirth is not { } born || day.AddDays(1) >= born) && instant <= now + ClockSkew;
    }

    /// <summary>An involvement's start or end: not before the earliest date of birth the service accepts.</summary>
    public static bool IsInvolvementDate(DateOnly date, DateOnly today) => date >= EarliestDateOfBirth(today);
}
