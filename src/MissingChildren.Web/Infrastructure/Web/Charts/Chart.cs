using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;

namespace MissingChildren.Web.Infrastructure.Web.Charts;

/// <summary>How a chart draws its figures: bars (counts) or a line with a marker at each figure (a trend).</summary>
public enum ChartKind
{
    Bar,
    Line,
}

/// <summary>One figure: its label on the axis and in the table, and its value (null: no figure, drawn as a gap).</summary>
/// <param name="Name">The label in full, for the table and the description ("November 2026").</param>
/// <param name="AxisLabel">The short label under the axis ("Nov 26").</param>
public sealed record ChartPoint(string Name, string AxisLabel, decimal? Value);

/// <summary>
/// A chart drawn on the server as SVG (<c>Pages/Shared/_Chart.cshtml</c>): <c>role="img"</c> named by its title and
/// described by its description and every figure, with the same figures in a table; no script, GOV.UK colours, a
/// dashed and labelled target line, and each value written as text, so nothing is read from colour alone. This type
/// works out where everything goes, in the units of the SVG's view box (it scales to the width it is given).
/// </summary>
/// <param name="Id">Unique on the page: the title's and description's ids start with it.</param>
/// <param name="ValueHeading">The table's heading for the values ("Offered within 72 hours (%)").</param>
/// <param name="Unit">Written after each value ("%", or "" for counts).</param>
/// <param name="Maximum">The top of the scale (100 for percentages); null: worked out from the figures.</param>
public sealed record Chart(
    string Id, string Title, string Description, ChartKind Kind, IReadOnlyList<ChartPoint> Points, string ValueHeading,
    string Unit = "", decimal? Target = null, decimal? Maximum = null)
{
    public const int Width = 480;

    public const int Height = 240;

    public const int Left = 40;

    public const int Right = 8;

    public const int Top = 16;

    public const int Bottom = 200;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The top of the scale: <see cref="Maximum"/>, or the largest figure (or target) rounded up to a round number.</summary>
    public decimal Scale => Maximum ?? RoundUp(Math.Max(Points.Max(p => p.Value) ?? 0, Target ?? 0));

    /// <summary>The width each figure has on the axis.</summary>
    public double Slot => Points.Count == 0 ? 0 : (double)(Width - Left - Right) / Points.Count;

    /// <summary>Whether each figure's value fits written above it (it is always in the table and the description).</summary>
    public bool LabelsValues => Slot >= 26;

    /// <summary>The centre of figure <paramref name="index"/> across.</summary>
    public double X(int index) => Left + (Slot * index) + (Slot / 2);

    /// <summary>The height of <paramref name="value"/> down from the top.</summary>
    public double Y(decimal value) => Bottom - ((double)(Scale == 0 ? 0 : Math.Clamp(value / Scale, 0, 1)) * (Bottom - Top));

    /// <summary>The bar's width: most of its slot.</summary>
    public double BarWidth => Slot * 0.7;

    /// <summary>The grid lines: none, a half and the whole scale.</summary>
    public IReadOnlyList<decimal> Ticks => Scale == 0 ? [0] : [0, Scale / 2, Scale];

    /// <summary>The line's points (<see cref="ChartKind.Line"/>), each run of figures without a gap as one polyline.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var lines = new List<string>();
            var run = new List<string>();
            for (var i = 0; i <= Points.Count; i++)
            {
                if (i < Points.Count && Points[i].Value is { } value)
                {
                    run.Add($"{N(X(i))},{N(Y(value))}");
                    continue;
                }

                if (run.Count > 0)
                {
                    lines.Add(string.Join(' ', run));
                    run.Clear();
                }
            }

            return lines;
        }
    }

    /// <summary>A figure as the chart, its description and its table write it: "87.5%", "12", or "no figure".</summary>
    public string Text(decimal? value) => value is { } v ? v.ToString("0.#", English) + Unit : "no figure";

    /// <summary>Every figure in words, for the description read with the chart ("November 2026: 87.5%.").</summary>
    public string Figures => string.Join(" ", Points.Select(p => $"{p.Name}: {Text(p.Value)}."));

    /// <summary>The target line's words.</summary>
    public string? TargetText => Target is { } target ? $"Target {Text(target)}" : null;

    /// <summary>A number for an SVG attribute: invariant, two decimal places at most.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An SVG <c>text</c> element (Razor keeps <c>&lt;text&gt;</c> for itself): black, its words encoded.</summary>
    public static HtmlString Label(double x, double y, string anchor, int size, string words, bool bold = false) =>
        new($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" font-size=\"{size.ToString(CultureInfo.InvariantCulture)}\"{(bold ? " font-weight=\"bold\"" : "")} fill=\"#0b0c0c\">{WebUtility.HtmlEncode(words)}</text>");

    private static decimal RoundUp(decimal value)
    {
        if (value <= 0)
        {
            return 1;
        }

        foreach (var step in new decimal[] { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 })
        {
            if (value <= step * 4)
            {
                return Math.Ceiling(value / step) * step;
            }
        }

        return Math.Ceiling(value / 1000) * 1000;
    }
}
