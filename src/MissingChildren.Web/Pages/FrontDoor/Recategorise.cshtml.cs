using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features;
using Mediator;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Features.FrontDoor;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>Re-categorise an open absence as a missing episode, with the reason.</summary>
[Authorize(Roles = FrontDoorAccess.Actors)]
public sealed class RecategoriseModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public GetEpisode.Result Episode { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => ((IShowsChildRecords)Episode).RecordsShown;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = await mediator.Send(new RecategoriseEpisode.VersionQuery(id), cancellationToken) ?? Guid.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecategoriseEpisode.Command(id, Version, Reason), cancellationToken);
        TempData.Success("The absence is now a missing episode. The duties of a missing child have been raised");
        return Redirect(Links.Episode(id));
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(Id, cancellationToken))
        {
            throw new RecordNotFoundException("The episode was not found.");
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var episode = await mediator.Send(new GetEpisode.Query(id), cancellationToken);
        if (episode is null)
        {
            return false;
        }

        Episode = episode;
        return true;
    }
}
