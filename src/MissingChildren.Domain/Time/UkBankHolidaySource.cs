using System.Collections.Concurrent;
using System.Collections.Frozen;
using PublicHoliday;

namespace MissingChildren.Domain.Time;

/// <summary>
/// England &amp; Wales bank holidays (the jurisdiction of every built-in profile), including
/// substitute days when a holiday falls at a weekend and one-off holidays the PublicHoliday
/// package knows about. Scotland-only and Northern Ireland-only days are never included.
/// Results are cached per year; safe to share as a singleton.
/// </summary>
public sealed class UkBankHolidaySource : IBankHolidaySource
{
    private readonly ConcurrentDictionary<int, IReadOnlySet<DateOnly>> _byYear = new();
    private readonly ConcurrentDictionary<int, FrozenDictionary<DateOnly, string>> _namesByYear = new();

    public IReadOnlySet<DateOnly> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year + 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year - 1);
        return _byYear.GetOrAdd(year, static y => Compute(y));
    }

    /// <inheritdoc />
    public string? NameOf(DateOnly date) =>
        _namesByYear.GetOrAdd(date.Year, static y => new UKBankHoliday(UKBankHoliday.UkCountries.England).PublicHolidayNames(y)
            .Where(h => !string.IsNullOrWhiteSpace(h.Value))
            .ToFrozenDictionary(h => DateOnly.FromDateTime(h.Key), h => h.Value)).GetValueOrDefault(date);

    private static FrozenSet<DateOnly> Compute(int year)
    {
        // A new calculator per year keeps this free of any shared mutable state in the package.
        var englandAndWales = new UKBankHoliday(UKBankHoliday.UkCountries.England);
        return englandAndWales.PublicHolidays(year)
            .Select(DateOnly.FromDateTime)
            .ToFrozenSet();
    }
}
