using System.Globalization;
using Mediator;
using MissingChildren.Domain.Returns;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MissingChildren.Web.Pages.Reports;

/// <summary>
/// <c>/reports/ssda903-missing</c>: the SSDA903 Missing table for a collection year (the CSV the council loads into the
/// DfE's return, and the first sheet of the .xlsx), Ofsted's Annex A list 8 missing columns (the second sheet), and,
/// before either is downloaded, every row the DfE's 903 rules would reject, with links to the records to fix.
/// </summary>
public sealed class Ssda903MissingModel(ReportServices services, ISender sender) : ReportPageModel(services)
{
    public const string MissingTable = "SSDA903 Missing";

    public const string AnnexATable = "Annex A list 8 missing";

    /// <summary>How many complete collection years the year list offers, besides the one in progress.</summary>
    public const int YearsOffered = 5;

    /// <summary>Annex A list 8's own column headings, so the council's list takes the columns as they are.</summary>
    public static readonly IReadOnlyList<string> AnnexAHeadings =
    [
        "Child Unique ID",
        "Date of Birth",
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
        "Was the child offered a Return Interview after their last missing episode (Y/N)?",
        "Did the child accept a Return Interview after their last missing episode (Y/N)?",
    ];

    /// <summary>The collection year chosen (the year it ends in); it sets the period to 1 April to 31 March.</summary>
    [BindProperty(SupportsGet = true, Name = "collection")]
    public string? Collection { get; set; }

    /// <summary>The extract, its failures and the Annex A columns; null while the criteria have errors.</summary>
    public GetSsda903Missing.Result? Result { get; private set; }

    /// <summary>Children looked after in the period with no missing or absent episode: in the downloads, not listed on screen.</summary>
    public int ChildrenWithoutEpisodes { get; private set; }

    public IReadOnlyList<CollectionYear> Years
    {
        get
        {
            var latest = CollectionYear.LatestComplete(Today).EndYear;
            return [.. Enumerable.Range(0, YearsOffered + 1).Select(i => new CollectionYear(latest + 1 - i))];
        }
    }

    /// <summary>The collection year the period is, if it is one.</summary>
    public CollectionYear? Shown => Criteria is { } c ? CollectionYear.Exactly(c.From, c.To) : null;

    protected override string Slug => ReportCatalog.Ssda903Missing;

    protected override (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today)
    {
        var year = CollectionYear.LatestComplete(today);
        return (year.Start, year.End);
    }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (int.TryParse(Collection, NumberStyles.None, CultureInfo.InvariantCulture, out var endYear) && Years.Any(y => y.EndYear == endYear))
        {
            var year = new CollectionYear(endYear);
            From = DateParts.From(year.Start);
            To = DateParts.From(year.End);
        }

        base.OnPageHandlerExecuting(context);
    }

    protected override async Task<IReadOnlyList<ReportTable>> ReadAsync(ReportCriteria criteria, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetSsda903Missing.Query(criteria), cancellationToken);
        Result = result;
        var missing = new ReportTable(MissingTable,
            [new("CHILD", LinksToChild: true), new("DOB"), new("MISSING"), new("MIS_START"), new("MIS_END")],
            [.. result.Rows.Select(r => new ReportRow([r.Child, r.Dob, r.Missing, r.MisStart, r.MisEnd], r.ChildId))]);

        // The CSV is the Missing table alone: only its children are read (and audited).
        var format = RouteData.Values["format"] as string;
        if (format == "csv")
        {
            return [missing];
        }

        // The screen lists the children with an episode; the Excel workbook holds every child looked after in the period.
        var onScreen = format is null;
        var annexA = onScreen ? [.. result.AnnexA.Where(a => a.MissingEpisodes + a.AbsentEpisodes > 0)] : result.AnnexA;
        ChildrenWithoutEpisodes = result.AnnexA.Count - annexA.Count;
        var list8 = new ReportTable(AnnexATable,
            [new(AnnexAHeadings[0], LinksToChild: true), .. AnnexAHeadings.Skip(1).Select(h => new ReportColumn(h))],
            [.. annexA.Select(a => new ReportRow([a.Child, a.Dob, a.MissingEpisodes, a.AbsentEpisodes, a.RhiOffered, a.RhiAccepted], a.ChildId))]);
        return [missing, list8];
    }
}
