namespace MissingChildren.Domain.Returns;

/// <summary>A DfE validation rule of the SSDA903 return that touches the Missing table, as a check the service runs.</summary>
/// <param name="Id">The DfE's rule number.</param>
/// <param name="Meaning">What the rule says, in the DfE's sense.</param>
/// <param name="Fix">What to correct in this service's record so the row passes.</param>
public sealed record Ssda903Rule(string Id, string Meaning, string Fix);

/// <summary>A row of the Missing table that fails a rule.</summary>
public sealed record Ssda903Failure(Ssda903Rule Rule, Ssda903MissingRow Row);

/// <summary>
/// The DfE's published SSDA903 validation rules that read the Missing table (<c>CHILD</c>, <c>DOB</c>, <c>MISSING</c>,
/// <c>MIS_START</c>, <c>MIS_END</c>), each a method named for its rule number, run on the rows exactly as the file
/// holds them (text, dates dd/MM/yyyy) so a row that passes here passes the DfE's validator unchanged. The meaning of
/// each rule follows the DfE's rule text as the open-source 903 validator (Social Finance's quality-lac-data-beta-validator)
/// implements it. Rules that need the return's Episodes table (577, 578) read the child's CLA involvements as their
/// periods of care (<see cref="CarePeriod"/>).
/// </summary>
public static class Ssda903Checks
{
    public static readonly Ssda903Rule Rule564 = new("564",
        "The child was missing or away from placement without authorisation (MISSING is M or A) but the date it started (MIS_START) is blank.",
        "Record when the child was last seen on the episode.");

    public static readonly Ssda903Rule Rule565 = new("565",
        "The date the child started to be missing or away without authorisation (MIS_START) is completed but whether they were missing or away (MISSING) is not.",
        "Record whether the episode is missing or absent.");

    public static readonly Ssda903Rule Rule566 = new("566",
        "The date the missing or away episode ended (MIS_END) is completed but whether the child was missing or away (MISSING) is not.",
        "Record whether the episode is missing or absent.");

    public static readonly Ssda903Rule Rule567 = new("567",
        "The date the missing or away episode ended (MIS_END) is before the date it started (MIS_START).",
        "Correct when the child was last seen or when they were found.");

    public static readonly Ssda903Rule Rule571 = new("571",
        "The date the child ceased to be missing or away (MIS_END) is before the start or after the end of the collection year.",
        "Choose the collection year as the period, or correct when the child was found.");

    public static readonly Ssda903Rule Rule574 = new("574",
        "A new missing or away period cannot start while the child's previous one (in order of MIS_START) is still open, and the periods must not overlap.",
        "Record when the child was found on the earlier episode, or correct the start of the later one; two episodes open at once are one episode.");

    public static readonly Ssda903Rule Rule577 = new("577",
        "The child ceased to be looked after but a missing or away period has no end date, or it ends outside every period the child was looked after.",
        "Record when the child was found, or correct when the child was looked after in the case management system.");

    public static readonly Ssda903Rule Rule578 = new("578",
        "The date the child started to be missing (MIS_START) is after they ceased to be looked after, or before they started to be, in every period of care.",
        "Correct when the child was last seen, or when the child was looked after in the case management system.");

    public static readonly Ssda903Rule Rule586 = new("586",
        "The missing period starts (MIS_START) on or before the child's date of birth (DOB).",
        "Correct the child's date of birth in the case management system, or when the child was last seen.");

    public static readonly Ssda903Rule Rule1004 = new("1004",
        "The start date of the missing or away episode (MIS_START) is blank or not a valid date.",
        "Record when the child was last seen on the episode.");

    public static readonly Ssda903Rule Rule1005 = new("1005",
        "The end date of the missing or away episode (MIS_END) is completed but is not a valid date.",
        "Correct when the child was found on the episode.");

    public static readonly Ssda903Rule Rule1006 = new("1006",
        "The missing type (MISSING) is neither M (missing) nor A (away from placement without authorisation).",
        "Record whether the episode is missing or absent.");

    /// <summary>Every rule, in the DfE's order.</summary>
    public static IReadOnlyList<Ssda903Rule> All { get; } =
        [Rule564, Rule565, Rule566, Rule567, Rule571, Rule574, Rule577, Rule578, Rule586, Rule1004, Rule1005, Rule1006];

    /// <summary>
    /// Runs every rule on the table for the collection period <paramref name="from"/> to <paramref name="to"/>:
    /// the failures by child, then by the episode's start, then by rule.
    /// </summary>
    /// <param name="care">Each child's periods of care (by <see cref="Ssda903MissingRow.ChildId"/>).</param>
    public static IReadOnlyList<Ssda903Failure> Run(IReadOnlyList<Ssda903MissingRow> rows, DateOnly from, DateOnly to, ILookup<Guid, CarePeriod> care)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(care);
        var order = new Dictionary<Ssda903MissingRow, int>(ReferenceEqualityComparer.Instance);
        foreach (var row in rows)
        {
            order.TryAdd(row, order.Count);
        }

        IEnumerable<Ssda903Failure> failures =
        [
            .. Each(rows, Rule564, Fails564),
            .. Each(rows, Rule565, Fails565),
            .. Each(rows, Rule566, Fails566),
            .. Each(rows, Rule567, Fails567),
            .. Each(rows, Rule571, row => Fails571(row, from, to)),
            .. Fails574(rows).Select(row => new Ssda903Failure(Rule574, row)),
            .. Each(rows, Rule577, row => Fails577(row, Periods(care, row, to))),
            .. Each(rows, Rule578, row => Fails578(row, Periods(care, row, to))),
            .. Each(rows, Rule586, Fails586),
            .. Each(rows, Rule1004, Fails1004),
            .. Each(rows, Rule1005, Fails1005),
            .. Each(rows, Rule1006, Fails1006),
        ];
        // A stable sort: a row's failures stay in the DfE's order of the rules.
        return [.. failures.OrderBy(f => f.Row.Child, StringComparer.Ordinal).ThenBy(f => order[f.Row])];
    }

    /// <summary>564: MISSING is M or A (either case) and MIS_START is blank.</summary>
    public static bool Fails564(Ssda903MissingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Missing.Trim().ToUpperInvariant() is "M" or "A" && Blank(row.MisStart);
    }

    /// <summary>565: MIS_START is given and MISSING is blank.</summary>
    public static bool Fails565(Ssda903MissingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return !Blank(row.MisStart) && Blank(row.Missing);
    }

    /// <summary>566: MIS_END is given and MISSING is blank.</summary>
    public static bool Fails566(Ssda903MissingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return !Blank(row.MisEnd) && Blank(row.Missing);
    }

    /// <summary>567: both dates are valid and MIS_END is before MIS_START (the same day passes).</summary>
    public static bool Fails567(Ssda903MissingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Ssda903MissingRow.ReadDate(row.MisStart) is { } start && Ssda903MissingRow.ReadDate(row.MisEnd) is { } end && end < start;
    }

    /// <summary>571: MIS_END is a valid date before the first or after the last day of the collection year.</summary>
    public static bool Fails571(Ssda903MissingRow row, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Ssda903MissingRow.ReadDate(row.MisEnd) is { } end && (end < from || end > to);
    }

    /// <summary>
    /// 574: each child's rows in order of MIS_START (then as listed); a row fails when the row before it has no
    /// MIS_END, or when it starts before that row's MIS_END (starting the day the previous one ended passes).
    /// </summary>
    public static IEnumerable<Ssda903MissingRow> Fails574(IEnumerable<Ssda903MissingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var child in rows.GroupBy(r => r.Child, StringComparer.Ordinal))
        {
            Ssda903MissingRow? previous = null;
            foreach (var row in child.OrderBy(r => Ssda903MissingRow.ReadDate(r.MisStart) ?? DateOnly.MaxValue))
            {
                if (previous is not null)
                {
                    var previousEnd = Ssda903MissingRow.ReadDate(previous.MisEnd);
                    var start = Ssda903MissingRow.ReadDate(row.MisStart);
                    if (previousEnd is null || start < previousEnd)
                    {
                        yield return row;
                    }
                }

                previous = row;
            }
        }
    }

    /// <summary>
    /// 577: the row lies outside every period of care: in each, either the period has ended and the row has no
    /// MIS_END, or the row has no end and began before the period, or it ended after the period ended or before it
    /// began. A row of a child with no period of care is not checked (the DfE's validator needs their episodes).
    /// </summary>
    public static bool Fails577(Ssda903MissingRow row, IReadOnlyList<CarePeriod> care)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(care);
        if (Ssda903MissingRow.ReadDate(row.MisStart) is not { } start || care.Count == 0)
        {
            return false;
        }

        var end = Ssda903MissingRow.ReadDate(row.MisEnd);
        return care.All(period =>
            (end is null && period.End is not null)
            || (end is null && start < period.Start)
            || (end is { } e && period.End is { } ceased && e > ceased)
            || (end is { } f && f < period.Start));
    }

    /// <summary>
    /// 578: MIS_START is before the start, or after the end, of every period of care (a period still going has no end).
    /// A row of a child with no period of care is not checked.
    /// </summary>
    public static bool Fails578(Ssda903MissingRow row, IReadOnlyList<CarePeriod> care)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(care);
        return Ssda903MissingRow.ReadDate(row.MisStart) is { } start && care.Count > 0
            && care.All(period => start < period.Start || (period.End is { } ceased && start > ceased));
    }

    /// <summary>586: MIS_START is a valid date on or before DOB.</summary>
    public static bool Fails586(Ssda903MissingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Ssda903MissingRow.ReadDate(row.MisStart) is { } start && Ssda903MissingRow.ReadDate(row.Dob) is { } dob && start <= dob;
    }

    /// <summary>1004: MIS_START is blank or not a valid dd/MM/yyyy date.</summary>
    public static bool Fails1004(Ssda903MissingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Ssda903MissingRow.ReadDate(row.MisStart) is null;
    }

    /// <summary>1005: MIS_END is given and is not a valid dd/MM/yyyy date (an empty end, still missing, passes).</summary>
    public static bool Fails1005(Ssda903MissingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return !Blank(row.MisEnd) && Ssda903MissingRow.ReadDate(row.MisEnd) is null;
    }

    /// <summary>1006: MISSING is given and is neither M nor A.</summary>
    public static bool Fails1006(Ssda903MissingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return !Blank(row.Missing) && row.Missing is not (Ssda903MissingRow.MissingCode or Ssda903MissingRow.AbsentCode);
    }

    private static IEnumerable<Ssda903Failure> Each(IEnumerable<Ssda903MissingRow> rows, Ssda903Rule rule, Func<Ssda903MissingRow, bool> fails) =>
        rows.Where(fails).Select(row => new Ssda903Failure(rule, row));

    private static List<CarePeriod> Periods(ILookup<Guid, CarePeriod> care, Ssda903MissingRow row, DateOnly yearEnd) =>
        [.. care[row.ChildId].Select(p => p.AsAt(yearEnd))];

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
