namespace MissingChildren.Web.Features.Reports;

/// <summary>
/// One table of a report, as drawn on screen and written to CSV and to a sheet of the .xlsx: the same rows in all three,
/// so a figure on the screen is the figure in the download.
/// </summary>
/// <param name="Name">The table's caption on screen and its sheet's name in the workbook (31 characters or fewer).</param>
public sealed record ReportTable(string Name, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows)
{
    /// <summary>The children the rows are about, for the read audit.</summary>
    public IEnumerable<Guid> Children => Rows.Select(r => r.ChildId).OfType<Guid>();
}

/// <param name="Heading">The column's heading: the header row of the CSV and the sheet.</param>
/// <param name="LinksToChild">On screen, the cell is the child's name linked to their record (where the reader may open it).</param>
public sealed record ReportColumn(string Heading, bool LinksToChild = false);

/// <summary>
/// One row. Cells are <see cref="string"/>, <see cref="int"/>, <see cref="decimal"/>, <see cref="DateOnly"/>,
/// <see cref="DateTimeOffset"/> (shown in UK time), <see cref="bool"/> (Yes or No) or null (blank).
/// </summary>
/// <param name="ChildId">Whose row it is: the screen links their name and the page records the read.</param>
public sealed record ReportRow(IReadOnlyList<object?> Cells, Guid? ChildId = null);
