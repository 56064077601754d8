using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Teams;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Teams;

/// <summary>The teams (<c>/admin/teams</c>, <c>?needsSetUp=true</c> for those the case management system named).</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ISender mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool NeedsSetUp { get; set; }

    public IReadOnlyList<GetTeams.Row> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Teams = await mediator.Send(new GetTeams.Query(NeedsSetUp), cancellationToken);
}
