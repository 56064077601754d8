using System.Globalization;
using System.Text.RegularExpressions;

namespace MissingChildren.Web.Features.Notifications;

/// <summary>Instants and dates as the API and forms send them: ISO 8601, instants always with an offset.</summary>
public static partial class Instants
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex InstantWithOffset();

    /// <summary>Parses <c>2026-11-23T21:30:00+00:00</c> (or <c>Z</c>) to UTC; a value without an offset is refused.</summary>
    public static bool TryParseInstant(string? value, out DateTimeOffset instant)
    {
        instant = default;
        if (value is null || !InstantWithOffset().IsMatch(value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        instant = parsed.ToUniversalTime();
        return true;
    }

    public static DateTimeOffset? ParseInstant(string? value) => TryParseInstant(value, out var instant) ? instant : null;

    /// <summary>Parses a calendar date, <c>2010-05-01</c>.</summary>
    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? ParseDate(string? value) => TryParseDate(value, out var date) ? date : null;
}
