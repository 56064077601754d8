using System.Globalization;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Reports;

/// <summary>What every report page needs besides its own use case.</summary>
public sealed record ReportServices(TimeProvider Clock, OversightScope Scope);

/// <summary>
/// A report's page (<c>@page "/reports/{slug}"</c>): the screen at <c>/reports/{slug}</c>, the same tables as
/// CSV at <c>.csv</c> (the first table) and as an Excel workbook at <c>.xlsx</c> (every table, a sheet each; both routes
/// added by <see cref="ReportFileRoutes"/>), for the
/// period and team chosen in a GET form, so a report can be bookmarked. Criteria that do not hold are shown in the
/// error summary with the input kept; every child in the rows is recorded as read, on screen and in a download.
/// </summary>
[Authorize(Roles = Readers)]
[FormField("Criteria.From", nameof(From))]
[FormField("Criteria.To", nameof(To))]
[FormField("Criteria.Team", nameof(Team))]
public abstract class ReportPageModel(ReportServices services) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    /// <summary>Who may read reports: the people accountable (screens.md "Oversight").</summary>
    public const string Readers = $"{Roles.TeamManager},{Roles.HeadOfService},{Roles.Director}";

    public const string FromLabel = "The from date";

    public const string ToLabel = "The to date";

    public const string TeamMessage = "Select a team from the list";

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    /// <summary>The report's tables; none while the criteria have errors.</summary>
    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    /// <summary>The criteria the tables were read for.</summary>
    public ReportCriteria? Criteria { get; private set; }

    public IReadOnlyList<OversightScope.TeamChoice> Teams { get; private set; } = [];

    public ReportCatalog.Entry Report => ReportCatalog.For(Slug);

    /// <summary>Now, for "as at" lines and live durations.</summary>
    public DateTimeOffset Now => services.Clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, DeadlineText.UkTime).DateTime);

    public IEnumerable<ChildRecordRead> RecordsShown => Tables.SelectMany(t => t.Children).Distinct().Select(ChildRecordRead.Child);

    /// <summary>The report's address under <c>/reports/</c> (<see cref="ReportCatalog"/>).</summary>
    protected abstract string Slug { get; }

    /// <summary>The period shown when none is chosen.</summary>
    protected abstract (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today);

    /// <summary>The report's tables, from its use case (which validates the criteria).</summary>
    protected abstract Task<IReadOnlyList<ReportTable>> ReadAsync(ReportCriteria criteria, CancellationToken cancellationToken);

    public IEnumerable<SelectListItem> TeamItems =>
        [new("All teams you oversee", ""), .. Teams.Select(t => new SelectListItem(t.Name, t.Id.ToString()))];

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "csv" or "xlsx"))
        {
            return NotFound();
        }

        Teams = (await services.Scope.ReachAsync(cancellationToken)).Teams;
        Criteria = Read();
        Tables = await ReadAsync(Criteria, cancellationToken);
        return format switch
        {
            "csv" => File(await ReportFiles.CsvAsync(Tables[0], cancellationToken), ReportFiles.CsvType, FileName("csv")),
            "xlsx" => File(await ReportFiles.XlsxAsync(Tables, cancellationToken), ReportFiles.XlsxType, FileName("xlsx")),
            _ => Page(),
        };
    }

    /// <summary>Criteria with errors: the form is drawn again with them, and no tables.</summary>
    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        Teams = (await services.Scope.ReachAsync(cancellationToken)).Teams;
        Tables = [];
    }

    /// <summary>This report, as now chosen, in a format: <c>csv</c>, <c>xlsx</c>, or null for the screen.</summary>
    public string LinkTo(string? format) =>
        (format is null ? Links.Report(Slug) : Links.ReportFile(Slug, format)) + QueryString.Create(Chosen()).ToUriComponent();

    private IEnumerable<KeyValuePair<string, string?>> Chosen()
    {
        (string Key, string? Value)[] values =
        [
            ("From.Day", From.Day), ("From.Month", From.Month), ("From.Year", From.Year),
            ("To.Day", To.Day), ("To.Month", To.Month), ("To.Year", To.Year), (nameof(Team), Team),
        ];
        return values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value!.Trim()));
    }

    private ReportCriteria Read()
    {
        var input = new EdgeInput();
        var (defaultFrom, defaultTo) = DefaultPeriod(Today);
        var from = input.Date(From, "Criteria.From", FromLabel) ?? defaultFrom;
        var to = input.Date(To, "Criteria.To", ToLabel) ?? defaultTo;
        if (From.IsEmpty)
        {
            From = DateParts.From(from);
        }

        if (To.IsEmpty)
        {
            To = DateParts.From(to);
        }

        Guid? team = null;
        var errors = input.Errors.ToList();
        if (!string.IsNullOrWhiteSpace(Team))
        {
            if (Guid.TryParse(Team, CultureInfo.InvariantCulture, out var id))
            {
                team = id;
            }
            else
            {
                errors.Add(new FluentValidation.Results.ValidationFailure("Criteria.Team", TeamMessage));
            }
        }

        return new ReportCriteria(from, to, team, errors);
    }

    private string FileName(string extension) =>
        $"{Slug}-{Criteria!.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-to-{Criteria.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
}
