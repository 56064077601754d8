using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Clients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Admin.Clients;

/// <summary><c>/admin/clients/new</c>: create an integration client; its key is drawn once by the POST that made it.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class NewModel(ISender mediator) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Agency? Agency { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    /// <summary>The key just made, drawn on this response only.</summary>
    public IssuedKey? Issued { get; private set; }

    public static IEnumerable<SelectListItem> AgencyItems =>
        [new("Select the agency", ""), .. Enum.GetValues<Agency>().Select(a => new SelectListItem(AgencyNames.DisplayName(a), a.ToString()))];

    public static IEnumerable<SelectListItem> ScopeItems =>
        ClientChoices.Scopes.Select(s => new SelectListItem(s.Scope, s.Scope) { Group = new SelectListGroup { Name = s.Description } });

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Issued = await mediator.Send(new CreateClient.Command(Name, Agency, Scopes), cancellationToken);
        Response.Headers.CacheControl = "no-cache, no-store"; // the key is in this response only: never kept by a cache
        return Page();
    }
}
