using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Web.Features.Episodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Episodes;

/// <summary>An episode's facts, duties and RHI, read only (until the child's case view takes over).</summary>
[Authorize(Roles = Readers)]
public sealed class DetailsModel(ISender mediator, TimeProvider clock) : PageModel, IShowsChildRecords
{
    /// <summary>Front Door's readers, and the Heads of Service and Directors who approve with the episode in view (R30).</summary>
    public const string Readers = $"{Pages.FrontDoor.FrontDoorAccess.Readers},{Domain.Roles.HeadOfService},{Domain.Roles.Director}";

    public GetEpisode.Result Episode { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => ((IShowsChildRecords)Episode).RecordsShown;

    public DateTimeOffset Now { get; private set; }

    /// <summary>R30: the manager's decisions on this episode, newest first.</summary>
    public IReadOnlyList<GetDecisions.DecisionView> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var episode = await mediator.Send(new GetEpisode.Query(id), cancellationToken);
        if (episode is null)
        {
            return NotFound();
        }

        Episode = episode;
        Decisions = await mediator.Send(new GetDecisions.Query(id), cancellationToken);
        Now = clock.GetUtcNow();
        return Page();
    }
}
