using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// A report's downloads: its first table as CSV (RFC 4180, UTF-8 with a byte order mark; a cell a spreadsheet would run
/// as a formula is escaped) and all its tables as an Excel workbook, one sheet each. Dates are written as dates (CSV:
/// ISO 8601; Excel: date cells), instants in UK local time, yes/no as "Yes"/"No".
/// </summary>
public static class ReportFiles
{
    public const string CsvType = "text/csv; charset=utf-8";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly CsvWriterOptions CsvOptions = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static async Task<byte[]> CsvAsync(ReportTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            csv.WriteHeader(table.Columns.Select(c => c.Heading).ToArray());
            foreach (var row in table.Rows)
            {
                await csv.WriteRecordAsync(row.Cells.Select(CsvText).ToArray(), cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    public static async Task<byte[]> XlsxAsync(IReadOnlyList<ReportTable> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[SheetName(table.Name, sheets.Keys)] = table.Rows.Select(row => Sheet(table.Columns, row)).ToList();
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, printHeader: true, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    /// <summary>A cell as the CSV writes it: the text a spreadsheet reads back as the same value.</summary>
    public static string? CsvText(object? cell) => cell switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, DeadlineText.UkTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool yes => yes ? "Yes" : "No",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    /// <summary>A cell as the screen shows it: dates in words, instants in UK time, yes/no.</summary>
    public static string ScreenText(object? cell) => cell switch
    {
        null => "",
        DateOnly date => DeadlineText.LocalDate(date),
        DateTimeOffset instant => DeadlineText.Local(instant),
        bool yes => yes ? "Yes" : "No",
        IFormattable formattable => formattable.ToString(null, CultureInfo.GetCultureInfo("en-GB")),
        _ => cell.ToString() ?? "",
    };

    private static Dictionary<string, object?> Sheet(IReadOnlyList<ReportColumn> columns, ReportRow row)
    {
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            cells[columns[i].Heading] = XlsxValue(i < row.Cells.Count ? row.Cells[i] : null);
        }

        return cells;
    }

    private static object? XlsxValue(object? cell) => cell switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, DeadlineText.UkTime).DateTime,
        bool yes => yes ? "Yes" : "No",
        string text => Formula(text) ? "'" + text : text,
        _ => cell,
    };

    /// <summary>Text a spreadsheet might run as a formula.</summary>
    private static bool Formula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Excel's sheet names: 31 characters, no <c>[]:*?/\</c>, unique.</summary>
    private static string SheetName(string name, IEnumerable<string> taken)
    {
        var clean = new string([.. name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]);
        clean = clean.Length > 31 ? clean[..31] : clean;
        var unique = clean;
        for (var n = 2; taken.Contains(unique, StringComparer.OrdinalIgnoreCase); n++)
        {
            var suffix = $" {n}";
            unique = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return unique;
    }
}
