using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Clients;

/// <summary><c>/admin/clients</c>: every integration client, where it comes from, its key's first characters and its state.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ISender mediator) : PageModel
{
    public ListClients.Result List { get; private set; } = default!;

    /// <summary>What the last action did (a client revoked), shown once.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = await mediator.Send(new ListClients.Query(), cancellationToken);
}
