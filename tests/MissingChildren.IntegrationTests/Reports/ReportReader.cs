using System.Net;
using System.Text;
using AngleSharp.Dom;
using MiniExcelLibs;

namespace MissingChildren.IntegrationTests.Reports;

/// <summary>
/// Reads a report back as its readers do: the screen's tables (header and cells as shown), the CSV as a spreadsheet
/// opens it (<see cref="Csv"/>: a reader other than the library that wrote it) and every
/// sheet of the .xlsx (MiniExcel).
/// </summary>
public static class ReportReader
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The query string choosing a period (and team) as the report's form sends it.</summary>
    public static string Period(DateOnly from, DateOnly to, Guid? team = null) =>
        $"?From.Day={from.Day}&From.Month={from.Month}&From.Year={from.Year}&To.Day={to.Day}&To.Month={to.Month}&To.Year={to.Year}"
        + (team is { } t ? $"&Team={t}" : "");

    /// <summary>The screen's table with this caption: its header row, then each row's cells as text.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Screen(HtmlClient.Page page, string caption)
    {
        var table = page.Document.QuerySelectorAll("table[data-testid=report-table]")
            .SingleOrDefault(t => t.QuerySelector("caption")?.TextContent.Trim() == caption)
            ?? throw new InvalidOperationException($"No table '{caption}' on {page.Url}");
        return (
            [.. table.QuerySelectorAll("thead th").Select(Text)],
            [.. table.QuerySelectorAll("tbody tr").Select(r => (IReadOnlyList<string>)[.. r.QuerySelectorAll("td").Select(Text)])]);
    }

    /// <summary>The row of the table whose cell in <paramref name="column"/> is this child's name.</summary>
    public static IReadOnlyList<string> RowOf(IReadOnlyList<IReadOnlyList<string>> rows, string name, int column = 0) =>
        rows.SingleOrDefault(r => r.Count > column && r[column] == name) ?? throw new InvalidOperationException($"No row for {name}");

    /// <summary>Downloads the CSV: it must be one, with a byte order mark; its records, the header first.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> CsvAsync(HtmlClient client, string url)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "The CSV starts with a UTF-8 byte order mark, so Excel reads it as UTF-8");
        return Csv.Parse(Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]));
    }

    /// <summary>Downloads the workbook: each sheet by name, its rows by column heading.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<IDictionary<string, object?>>>> XlsxAsync(HtmlClient client, string url)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = new Dictionary<string, IReadOnlyList<IDictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var name in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            sheets[name] = [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>()];
        }

        return sheets;
    }

    /// <summary>The header row of a sheet, in order.</summary>
    public static async Task<IReadOnlyList<string>> XlsxHeaderAsync(HtmlClient client, string url, string sheet)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var first = (IDictionary<string, object?>)MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet).First();
        return [.. first.Values.Select(v => v?.ToString() ?? "")];
    }

    private static string Text(IElement cell) => string.Join(' ', cell.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
