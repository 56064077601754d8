using System.Text;
using MiniExcelLibs;
using MissingChildren.Web.Features.Reports;

namespace MissingChildren.Tests.Web;

/// <summary>The report downloads (<see cref="ReportFiles"/>): what a spreadsheet reads from each kind of cell.</summary>
public sealed class ReportFilesTests
{
    private static readonly ReportTable Table = new(
        "Children: missing [now]",
        [new("Name", LinksToChild: true), new("When"), new("Day"), new("Count"), new("Open"), new("Note")],
        [
            new(["Ada Q", new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), new DateOnly(2026, 7, 2), 3, true, "=SUM(A1:A2)"], Guid.NewGuid()),
            new(["Ben, \"B\"", null, null, 0, false, "+44 7700"]),
        ]);

    [Fact]
    public async Task Csv_HasAByteOrderMarkAndAHeader_DatesInUkTime_YesNo_AndFormulasEscaped()
    {
        var bytes = await ReportFiles.CsvAsync(Table, TestContext.Current.CancellationToken);

        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var lines = Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,When,Day,Count,Open,Note", lines[0]);
        Assert.StartsWith("Ada Q,2026-07-02 00:30,2026-07-02,3,Yes,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=SUM", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("=SUM(A1:A2)", lines[1].Trim('"'), StringComparison.Ordinal);
        Assert.StartsWith("\"Ben, \"\"B\"\"\",,,0,No,", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain(",+44", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_HasASheetATable_NamedAsExcelAllows_WithDatesAsDates_AndFormulasAsText()
    {
        var bytes = await ReportFiles.XlsxAsync([Table, Table with { Name = "Second" }, Table with { Name = "Second" }], TestContext.Current.CancellationToken);

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["Children missing now", "Second", "Second 2"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Children missing now").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(new DateTime(2026, 7, 2, 0, 30, 0), rows[0]["When"]);
        Assert.Equal(new DateTime(2026, 7, 2), rows[0]["Day"]);
        Assert.Equal("Yes", rows[0]["Open"]);
        Assert.Equal("'=SUM(A1:A2)", rows[0]["Note"]);
        Assert.Equal("'+44 7700", rows[1]["Note"]);
        Assert.Equal("No", rows[1]["Open"]);
    }
}
