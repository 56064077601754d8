using MissingChildren.Domain.Oversight;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web.Charts;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>The performance standards' trends (R37) as charts: one a measure, a month a figure, against the profile's target.</summary>
public static class PerformanceCharts
{
    /// <summary>A chart for each measure the profile sets a standard for.</summary>
    public static IReadOnlyList<Chart> Trends(string idPrefix, IReadOnlyList<MonthPerformance> months, PerformanceStandards standards)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(standards);
        var span = months.Count == 0 ? "" : $" from {PerformanceTables.MonthName(months[0].Month)} to {PerformanceTables.MonthName(months[^1].Month)}";
        var offer = PerformanceTables.OfferHeading(standards);
        List<Chart> charts =
        [
            Trend($"{idPrefix}-offered", $"{offer}, by month", $"The percentage of eligible returns offered an interview in time, month by month{span}.",
                months, m => m.OfferedInTime, $"{offer} (%)", standards.Targets.OfferedInTimePercent),
        ];
        if (standards.MeasuresCompletion)
        {
            var held = PerformanceTables.CompletionHeading(standards);
            charts.Add(Trend($"{idPrefix}-held", $"Accepted interviews {held.ToLowerInvariant()}, by month",
                $"The percentage of accepted interviews held in time, month by month{span}.", months, m => m.CompletedInTime, $"{held} (%)", standards.Targets.CompletedInTimePercent));
        }

        if (standards.MeasuresRefusals)
        {
            charts.Add(Trend($"{idPrefix}-refused", "Interviews refused, by month",
                $"The percentage of children offered an interview who refused it, month by month{span}; the target is a ceiling.",
                months, m => m.Refused, "Refused (%)", standards.Targets.MaximumRefusedPercent));
        }

        return charts;
    }

    private static Chart Trend(string id, string title, string description, IReadOnlyList<MonthPerformance> months, Func<MonthPerformance, Measure?> measure,
        string heading, int? target) =>
        new(id, title, description, ChartKind.Line,
            [.. months.Select(m => new ChartPoint(PerformanceTables.MonthName(m.Month), PerformanceTables.ShortMonthName(m.Month), measure(m)?.Percent))],
            heading, "%", target, 100);
}
