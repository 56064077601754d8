using Mediator;
using MissingChildren.Web.Features.Partners;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>R41, R42: the other local authority areas an episode concerns, and whether the whole family is missing.</summary>
public sealed class OtherAreasModel(ISender mediator) : EpisodePartnersPageModel(mediator)
{
    [BindProperty]
    public string? MissingFromArea { get; set; }

    [BindProperty]
    public string? FoundInArea { get; set; }

    [BindProperty]
    public string? FamilyMissing { get; set; }

    [BindProperty]
    public string? FamilyAuthorities { get; set; }

    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> YesNo { get; } = [new("Yes", "Yes"), new("No", "No")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Episode.Version;
        MissingFromArea = Episode.MissingFromArea;
        FoundInArea = Episode.FoundInArea;
        FamilyMissing = Episode.FamilyMissing ? "Yes" : "No";
        FamilyAuthorities = Episode.FamilyAuthorities;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await Mediator.Send(new RecordOtherAreas.Command(ChildId, EpisodeId, Version, MissingFromArea, FoundInArea, FamilyMissing == "Yes", FamilyAuthorities), cancellationToken);
        TempData.Success("Other local authority areas recorded");
        return Redirect(CasePath());
    }
}
