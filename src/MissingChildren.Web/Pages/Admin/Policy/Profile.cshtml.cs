using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Policy;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Admin.Policy;

/// <summary>
/// <c>/admin/policy/profile</c>: choose another profile (<c>?profile=…</c>), see what changes, confirm with a reason.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class ProfileModel(ISender mediator) : PageModel, IRedisplayedForm
{
    /// <summary>The profile chosen: from the first step's query string, then the confirmation form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Profile { get; set; }

    /// <summary>The profile in force when the page was read.</summary>
    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public GetProfiles.Result Profiles { get; private set; } = default!;

    /// <summary>The profile to confirm, when one other than the current one was chosen.</summary>
    public GetProfiles.Profile? Target => Profiles.Profiles.FirstOrDefault(p => p.Name == Profile && p.Name != Profiles.Current.Name);

    public IEnumerable<SelectListItem> Items => Profiles.Profiles.Select(p => new SelectListItem(
        $"{p.DisplayName}{(p.Name == Profiles.Current.Name ? " (in force)" : "")}", p.Name)
    {
        Group = new SelectListGroup { Name = p.Authority + (p.Overrides == 0 ? "" : $". {Settings(p.Overrides)} changed here") },
    });

    public static string Settings(int n) => n == 1 ? "1 setting" : $"{n} settings";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(Redisplay.Invalid, cancellationToken);
        From = Profiles.Current.Name;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ChooseProfile.Command(From ?? "", Profile, Reason), cancellationToken);
        return Redirect(Links.AdminPolicy);
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        Profiles = await mediator.Send(new GetProfiles.Query(), cancellationToken);
        if (reason == Redisplay.Conflict)
        {
            From = Profiles.Current.Name;
        }
    }
}
