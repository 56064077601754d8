using Mediator;
using MissingChildren.Web.Features.Partners;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>R41, R42: the other local authority areas an episode concerns, and whether the whole family is missing.</summary>
public sealed class OtherAreasModel(ISender mediator) : ChildPageModel(mediator), IRedisplayedForm
{
    [FromRoute(Name = "episodeId")]
    public Guid EpisodeId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? MissingFromArea { get; set; }

    [BindProperty]
    public string? FoundInArea { get; set; }

    [BindProperty]
    public string? FamilyMissing { get; set; }

    [BindProperty]
    public string? FamilyAuthorities { get; set; }

    public GetEpisodePartners.Result Episode { get; private set; } = default!;

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

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (reason == Redisplay.Conflict && await LoadAsync(cancellationToken))
        {
            Version = Episode.Version;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var episode = await Mediator.Send(new GetEpisodePartners.Query(ChildId, EpisodeId), cancellationToken);
        Episode = episode!;
        return episode is not null;
    }
}
