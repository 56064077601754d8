using System.Diagnostics.CodeAnalysis;

namespace MissingChildren.Domain.Time;

/// <summary>The bank holidays that are not working days, by calendar year.</summary>
public interface IBankHolidaySource
{
    /// <summary>Every bank holiday (as a local date) in <paramref name="year"/>.</summary>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Reads as bankHolidays.For(2026); implemented only in C#.")]
    IReadOnlySet<DateOnly> For(int year);

    /// <summary>The bank holiday's name ("Easter Monday"), so a deadline can say which holiday it skipped; null when unknown.</summary>
    string? NameOf(DateOnly date) => null;
}
