using System.Globalization;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>How deadlines and durations read on screen, in UK local time: "Mon 23 Nov 17:00", "in 3 hours", "overdue by 2 days".</summary>
public static class DeadlineText
{
    public static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, UkTime).ToString("ddd d MMM yyyy HH:mm", English);

    public static string LocalDate(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"3 hours", "2 days 4 hours", "45 minutes".</summary>
    public static string Duration(TimeSpan span)
    {
        span = span.Duration();
        if (span.TotalMinutes < 60)
        {
            return Plural((int)span.TotalMinutes, "minute");
        }

        if (span.TotalHours < 48)
        {
            return Plural((int)span.TotalHours, "hour");
        }

        var hours = span.Hours;
        return hours == 0 ? Plural(span.Days, "day") : $"{Plural(span.Days, "day")} {Plural(hours, "hour")}";
    }

    /// <summary>"overdue by 5 hours" or "due in 2 days".</summary>
    public static string Relative(DateTimeOffset due, DateTimeOffset now) =>
        due < now ? $"overdue by {Duration(now - due)}" : $"due in {Duration(due - now)}";

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n.ToString(CultureInfo.InvariantCulture)} {unit}s";
}
