using System.Globalization;
using MissingChildren.Domain.Oversight;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// The performance report's tables (R37), the same on screen, in the CSV (the months) and in the workbook (the months and
/// the returns behind them). A measure that is not the profile's standard has no columns.
/// </summary>
public static class PerformanceTables
{
    public const string MonthsName = "Performance by month";

    public const string ReturnsName = "Eligible returns";

    public const string WholePeriod = "Whole period";

    public static IReadOnlyList<ReportTable> From(GetPerformanceReport.Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [Months(result), Returns(result)];
    }

    /// <summary>The month's name as the tables and charts write it: "November 2026".</summary>
    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The month's short name, for a chart's axis: "Nov 26".</summary>
    public static string ShortMonthName(DateOnly month) => month.ToString("MMM yy", CultureInfo.GetCultureInfo("en-GB"));

    public static string OfferHeading(PerformanceStandards standards) =>
        $"Offered within {standards.OfferWithinHours.ToString(CultureInfo.InvariantCulture)} hours";

    public static string CompletionHeading(PerformanceStandards standards) =>
        $"Held within {standards.CompleteWithinWorkingDays?.ToString(CultureInfo.InvariantCulture)} working days";

    private static ReportTable Months(GetPerformanceReport.Result result)
    {
        var s = result.Standards;
        var offer = OfferHeading(s);
        List<ReportColumn> columns =
        [
            new("Month"), new("Eligible returns"),
            new(offer), new("Offers due"), new($"{offer} (%)"), new("Offer target met"), new("Awaiting offer"),
        ];
        if (s.MeasuresCompletion)
        {
            var held = CompletionHeading(s);
            columns.AddRange([new(held), new("Accepted and due"), new($"{held} (%)"), new("Completion target met"), new("Accepted, awaiting")]);
        }

        if (s.MeasuresRefusals)
        {
            columns.AddRange([new("Refused"), new("Offered"), new("Refused (%)"), new("Refusal target met")]);
        }

        var rows = result.Months.Select(m => Row(MonthName(m.Month), m, s)).Append(Row(WholePeriod, result.Period, s)).ToList();
        return new ReportTable(MonthsName, columns, rows);
    }

    private static ReportRow Row(string label, MonthPerformance m, PerformanceStandards s)
    {
        List<object?> cells = [label, m.Eligible, .. Cells(m.OfferedInTime), m.AwaitingOffer];
        if (s.MeasuresCompletion && m.CompletedInTime is { } held)
        {
            cells.AddRange([.. Cells(held), m.AwaitingCompletion]);
        }

        if (s.MeasuresRefusals && m.Refused is { } refused)
        {
            cells.AddRange(Cells(refused));
        }

        return new ReportRow(cells);
    }

    private static object?[] Cells(Measure measure) => [measure.Count, measure.OutOf, measure.Percent, measure.TargetMet];

    private static ReportTable Returns(GetPerformanceReport.Result result)
    {
        var s = result.Standards;
        List<ReportColumn> columns =
        [
            new("Child", LinksToChild: true), new("Clock started"), new("Offer due"), new("First offered"), new(OfferHeading(s)),
        ];
        if (s.MeasuresCompletion)
        {
            columns.AddRange([new("Accepted"), new("To be held by"), new("Held"), new(CompletionHeading(s))]);
        }

        if (s.MeasuresRefusals)
        {
            columns.Add(new("Refused"));
        }

        var rows = result.Returns.Select(r =>
        {
            var a = r.Assessment;
            var f = a.Facts;
            List<object?> cells = [r.ChildName, f.ClockStartedAt, f.OfferDueAt, f.OfferedAt, Words(a.Offer)];
            if (s.MeasuresCompletion)
            {
                cells.AddRange([f.AcceptedAt, f.CompleteDueAt, f.InterviewedAt, Words(a.Completion)]);
            }

            if (s.MeasuresRefusals)
            {
                cells.Add(f.Refused);
            }

            return new ReportRow(cells, f.ChildId);
        }).ToList();
        return new ReportTable(ReturnsName, columns, rows);
    }

    /// <summary>A return's result against one standard, in words.</summary>
    public static string? Words(StandardResult result) => result switch
    {
        StandardResult.Met => "Yes",
        StandardResult.Missed => "No",
        StandardResult.NotYetDue => "Not yet due",
        _ => null,
    };
}
