using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Admin.Users;

/// <summary>The fields of a user, shared by the create and edit forms (<c>_UserFields</c>).</summary>
public abstract class UserFormModel : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public Guid? TeamId { get; set; }

    [BindProperty]
    public Agency? Agency { get; set; }

    public IReadOnlyList<ListUsers.TeamOption> Teams { get; protected set; } = [];

    public IEnumerable<SelectListItem> RoleItems =>
        Domain.Roles.All.Select(r => new SelectListItem(Domain.Roles.DisplayName(r), r));

    public IEnumerable<SelectListItem> TeamItems =>
        [new SelectListItem("No team", ""), .. Teams.Select(t => new SelectListItem(t.Name, t.Id.ToString()))];

    public IEnumerable<SelectListItem> AgencyItems =>
        [new SelectListItem("Select an agency", ""), .. Enum.GetValues<Agency>().Select(a => new SelectListItem(AgencyNames.DisplayName(a), a.ToString()))];
}
