using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Policy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Policy;

/// <summary><c>/admin/policy</c>: the profile in force and every setting in it, with the protocol text it comes from.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(ISender mediator) : PageModel
{
    public GetPolicy.Result Policy { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Policy = await mediator.Send(new GetPolicy.Query(), cancellationToken);
}
