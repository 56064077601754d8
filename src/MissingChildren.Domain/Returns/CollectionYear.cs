namespace MissingChildren.Domain.Returns;

/// <summary>
/// A statutory collection year of the SSDA903 return: 1 April to 31 March. The DfE names it by the year it ends in
/// (the 2026 collection is 1 April 2025 to 31 March 2026).
/// </summary>
/// <param name="EndYear">The calendar year the collection year ends in.</param>
public sealed record CollectionYear(int EndYear)
{
    public DateOnly Start => new(EndYear - 1, 4, 1);

    public DateOnly End => new(EndYear, 3, 31);

    /// <summary>As people say it: "1 April 2025 to 31 March 2026".</summary>
    public string Name => $"1 April {EndYear - 1} to 31 March {EndYear}";

    /// <summary>The latest collection year that has ended on or before <paramref name="today"/>: the one being returned.</summary>
    public static CollectionYear LatestComplete(DateOnly today) => new(today.Month >= 4 ? today.Year : today.Year - 1);

    /// <summary>The collection year a period is exactly, or null when it is some other period.</summary>
    public static CollectionYear? Exactly(DateOnly from, DateOnly to) =>
        from is { Month: 4, Day: 1 } && to == new DateOnly(from.Year + 1, 3, 31) ? new CollectionYear(from.Year + 1) : null;
}
