namespace MissingChildren.Domain.Policy;

/// <summary>A whole number of months and days, e.g. "2 months" or "28 days" in 003's "When to review" table.</summary>
public sealed record CalendarPeriod
{
    public int Months { get; init; }

    public int Days { get; init; }

    public bool IsZero => Months == 0 && Days == 0;

    public static CalendarPeriod FromDays(int days) => new() { Days = days };

    public static CalendarPeriod FromMonths(int months) => new() { Months = months };

    /// <summary>Adds the months, then the days, to <paramref name="instant"/>; the result is UTC.</summary>
    public DateTimeOffset AddTo(DateTimeOffset instant) =>
        instant.ToUniversalTime().AddMonths(Months).AddDays(Days);

    public override string ToString() => (Months, Days) switch
    {
        (0, var d) => $"{d} days",
        (var m, 0) => $"{m} months",
        var (m, d) => $"{m} months {d} days",
    };
}
