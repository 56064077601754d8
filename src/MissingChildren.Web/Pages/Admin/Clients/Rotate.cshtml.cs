using System.Globalization;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Clients;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Admin.Clients;

/// <summary><c>/admin/clients/{id}/rotate</c>: a new key for a created client, with the overlap the old one keeps working.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class RotateModel(ISender mediator, TimeProvider clock) : PageModel, IRedisplayedForm
{
    [FromRoute(Name = "id")]
    public Guid ClientId { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public int? OverlapHours { get; set; }

    public GetClient.Result Client { get; private set; } = default!;

    public IssuedKey? Issued { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public static IEnumerable<SelectListItem> OverlapItems =>
        ClientChoices.Overlaps.Select(o => new SelectListItem(o.Text, o.Hours.ToString(CultureInfo.InvariantCulture)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Version = Client.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Issued = await mediator.Send(new RotateClientKey.Command(ClientId, Version, OverlapHours), cancellationToken);
        Response.Headers.CacheControl = "no-cache, no-store"; // the key is in this response only: never kept by a cache
        return Page();
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (reason == Redisplay.Conflict)
        {
            Version = Client.Version;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Client = await mediator.Send(new GetClient.Query(ClientId), cancellationToken);
}
