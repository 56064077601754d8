using System.Globalization;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>A date typed as day, month and year (the GOV.UK date input), read in UK local time.</summary>
public class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or null when the parts do not make a real date.</summary>
    public DateOnly? ToDate() =>
        int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();
}

/// <summary>A date and a 24-hour time, typed in UK local time (Europe/London) and turned into a UTC instant.</summary>
public sealed class DateTimeParts : DateParts
{
    public string? Time { get; set; }

    public new bool IsEmpty => base.IsEmpty && string.IsNullOrWhiteSpace(Time);

    /// <summary>The instant in UTC, or null when the parts are not a real date and time.</summary>
    public DateTimeOffset? ToInstant(TimeZoneInfo zone)
    {
        if (ToDate() is not { } date
            || !TimeOnly.TryParseExact(Time?.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateTimeParts From(DateTimeOffset? instant, TimeZoneInfo zone)
    {
        if (instant is not { } value)
        {
            return new DateTimeParts();
        }

        var local = TimeZoneInfo.ConvertTime(value, zone);
        return new DateTimeParts
        {
            Day = local.Day.ToString(CultureInfo.InvariantCulture),
            Month = local.Month.ToString(CultureInfo.InvariantCulture),
            Year = local.Year.ToString(CultureInfo.InvariantCulture),
            Time = local.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }
}
