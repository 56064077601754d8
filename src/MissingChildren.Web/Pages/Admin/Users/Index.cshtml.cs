using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Users;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Users;

/// <summary>Users (<c>/admin/users</c>): search by name or e-mail, filter by role, team and state, paged.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ISender mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public UserState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public ListUsers.Result Result { get; private set; } = default!;

    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || Role is not null || Team is not null || State is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Role = Roles.All.Contains(Role) ? Role : null;
        Result = await mediator.Send(new ListUsers.Query(Search, Role, Team, State, Paging.Clamp(PageNumber)), cancellationToken);
    }

    /// <summary>This list, on another page, with the same search and filters.</summary>
    public string LinkTo(int page)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = string.IsNullOrWhiteSpace(Search) ? null : Search,
            ["role"] = Role,
            ["team"] = Team?.ToString(),
            ["state"] = State?.ToString(),
            ["p"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Links.AdminUsers, query.Where(q => q.Value is not null)!);
    }
}
