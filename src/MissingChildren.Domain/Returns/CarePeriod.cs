namespace MissingChildren.Domain.Returns;

/// <summary>
/// A period the child was looked after by this council: their CLA involvement, from its start date to its end date
/// (null while still looked after). The SSDA903 return's own periods of care are built from its Episodes table
/// (<c>DECOM</c> to <c>DEC</c>), which the case management system holds and this service does not: the CLA involvement
/// it sends us is the nearest record of them.
/// </summary>
public sealed record CarePeriod(DateOnly Start, DateOnly? End)
{
    /// <summary>Whether the days <paramref name="from"/> to <paramref name="to"/> (null: still going) meet this period.</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) => from <= (End ?? DateOnly.MaxValue) && (to ?? DateOnly.MaxValue) >= Start;

    /// <summary>The period as the return sees it at the end of the collection: an end after <paramref name="yearEnd"/> had not happened yet.</summary>
    public CarePeriod AsAt(DateOnly yearEnd) => End is { } end && end > yearEnd ? this with { End = null } : this;
}
