using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Clients;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Clients;

/// <summary><c>/admin/clients/{id}/revoke</c>: confirm, then the client's keys stop working.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class RevokeModel(ISender mediator) : PageModel, IRedisplayedForm
{
    [FromRoute(Name = "id")]
    public Guid ClientId { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    public GetClient.Result Client { get; private set; } = default!;

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Version = Client.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = await mediator.Send(new RevokeClient.Command(ClientId, Version), cancellationToken);
        Done = $"{name} revoked: its key no longer works";
        return Redirect(Links.AdminClients);
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Version = Client.Version;
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Client = await mediator.Send(new GetClient.Query(ClientId), cancellationToken);
}
