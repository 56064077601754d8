using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin;

/// <summary>Administration (<c>/admin</c>): users, teams, integration clients, policy, calendar, audit log and jobs.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ISender mediator) : PageModel
{
    public GetAdministration.Result Summary { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summary = await mediator.Send(new GetAdministration.Query(), cancellationToken);
}
