using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.FrontDoor;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>The "Missing Children and Young People" tray (R3): filters and sort are plain GET parameters.</summary>
[Authorize(Roles = FrontDoorAccess.Readers)]
public sealed class TrayModel(ISender mediator) : PageModel, IShowsChildRecords
{
    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Involvement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Risk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    /// <summary>The "page" query parameter ("page" is a route value in Razor Pages, so it is read, not bound).</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? Paging.Clamp(page) : 1;

    [BindProperty(SupportsGet = true)]
    public int? EdtPage { get; set; }

    public GetTray.Result Tray { get; private set; } = default!;

    public GetOutOfHours.Result? OutOfHours { get; private set; }

    public bool CanAct => FrontDoorAccess.CanAct(User);

    /// <summary>Every child the tray lists (R3), and the children of the out-of-hours duties.</summary>
    public IEnumerable<ChildRecordRead> RecordsShown =>
        Tray.Rows.Items.Select(r => ChildRecordRead.Of(r.ChildId, "MissingEpisode", r.EpisodeId)).Concat(IndexModel.OutOfHoursShown(OutOfHours));

    public IEnumerable<SelectListItem> TeamItems =>
        [new("All teams", ""), .. Tray.Teams.Select(t => new SelectListItem(t.Name, t.Id.ToString(), t.Id == Team))];

    public IEnumerable<SelectListItem> InvolvementItems =>
        [new("Any involvement", ""), .. Words.Options<Domain.Children.InvolvementType>().Select(t => new SelectListItem(t.Text, t.Code, t.Code == Involvement))];

    public IEnumerable<SelectListItem> RiskItems =>
        [new("Any risk", ""), new("High", "High", Risk == "High"), new("Medium", "Medium", Risk == "Medium")];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tray = await mediator.Send(new GetTray.Query(Team, Involvement, Risk, Sort, Order == "desc", PageNumber), cancellationToken);
        if (User.IsInRole(Roles.EmergencyDuty))
        {
            OutOfHours = await mediator.Send(new GetOutOfHours.Query(Paging.Clamp(EdtPage)), cancellationToken);
        }
    }

    /// <summary>This tray's address with some parameters changed (filters, sort and page are kept).</summary>
    public string Link(string? sort = null, string? order = null, int? page = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["team"] = Team?.ToString(),
            ["involvement"] = Involvement,
            ["risk"] = Risk,
            ["sort"] = sort ?? Sort,
            ["order"] = order ?? Order,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var query = string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? Links.FrontDoorTray : $"{Links.FrontDoorTray}?{query}";
    }

    /// <summary>The MoJ sortable header state of a column: ascending, descending or none.</summary>
    public string AriaSort(string column) =>
        (Sort ?? GetTray.SortNextDuty) == column ? (Order == "desc" ? "descending" : "ascending") : "none";

    public string SortLink(string column) =>
        Link(column, (Sort ?? GetTray.SortNextDuty) == column && Order != "desc" ? "desc" : "asc");
}
