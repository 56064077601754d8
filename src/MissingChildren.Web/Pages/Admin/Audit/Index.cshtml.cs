using System.Globalization;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Audit;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log search (<c>/admin/audit</c>) and its CSV download (<c>/admin/audit/export</c>, the same query string):
/// by child, by who, by date range and by action. A search is a GET form, so a result can be bookmarked and paged.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ISender mediator, TimeProvider clock) : PageModel, IRedisplayedForm
{
    public const string ExportPath = Links.AdminAudit + "/export";

    public const string ActionMessage = "Select an action from the list";

    [BindProperty(SupportsGet = true)]
    public string? Child { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    /// <summary>The page of results (not "page": Razor Pages keeps that route value for itself).</summary>
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public string? PageNumber { get; set; }

    /// <summary>The results; none while the search has errors.</summary>
    public SearchAuditLog.Result? Results { get; private set; }

    public static IEnumerable<SelectListItem> Actions { get; } =
    [
        new("Any action", ""),
        new("Viewed a case record", nameof(AuditActionFilter.Viewed)),
        new("Added, changed or deleted a record", nameof(AuditActionFilter.Changed)),
        new("Refused", nameof(AuditActionFilter.Refused)),
        new("Exported the audit log", nameof(AuditActionFilter.Exported)),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (input, from, to, action) = Read();
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        Results = await mediator.Send(new SearchAuditLog.Query(Child, Who, from, to, action, Paging.Clamp(page), input.Errors), cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var (input, from, to, action) = Read();
        var export = await mediator.Send(new ExportAuditLog.Command(Child, Who, from, to, action, input.Errors), cancellationToken);
        var today = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DeadlineText.UkTime);
        return new AuditCsvResult(export, $"audit-log-{today.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>A search with errors is drawn again with them, the input kept and no results (the page filter).</summary>
    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>This search on another page of results.</summary>
    public string PageLink(int page) => Links.AdminAudit + Criteria(page);

    /// <summary>Every entry this search finds, as CSV.</summary>
    public string ExportLink => ExportPath + Criteria(null);

    public PagerModel Pager(SearchAuditLog.Result results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.Rows;
        return new PagerModel(rows.Page, rows.PageCount, rows.FirstItem, rows.LastItem, rows.Total, PageLink, "Audit log pages");
    }

    private (EdgeInput Input, DateOnly? From, DateOnly? To, AuditActionFilter? Action) Read()
    {
        var input = new EdgeInput();
        var from = input.Date(From, nameof(From), AuditCriteriaValidator<SearchAuditLog.Query>.FromLabel);
        var to = input.Date(To, nameof(To), AuditCriteriaValidator<SearchAuditLog.Query>.ToLabel);
        var action = input.Choice<AuditActionFilter>(Action, nameof(Action), ActionMessage);
        return (input, from, to, action);
    }

    private string Criteria(int? page)
    {
        (string Key, string? Value)[] values =
        [
            (nameof(Child), Child), (nameof(Who), Who),
            ("From.Day", From.Day), ("From.Month", From.Month), ("From.Year", From.Year),
            ("To.Day", To.Day), ("To.Month", To.Month), ("To.Year", To.Year),
            (nameof(Action), Action), ("pageNumber", page?.ToString(CultureInfo.InvariantCulture)),
        ];
        return QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => new KeyValuePair<string, string?>(v.Key, v.Value!.Trim()))).ToUriComponent();
    }
}
