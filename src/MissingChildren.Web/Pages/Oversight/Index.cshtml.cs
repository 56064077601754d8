using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Oversight;

namespace MissingChildren.Web.Pages.Oversight;

/// <summary>
/// The oversight dashboard (screens.md "Oversight"), the landing page of team managers, Heads of Service and Directors:
/// what they oversee (a team manager, their team; the others, the service or one team they choose), each figure linking
/// to the children behind it.
/// </summary>
[Authorize(Roles = $"{Roles.TeamManager},{Roles.HeadOfService},{Roles.Director}")]
public sealed class IndexModel(ISender mediator) : PageModel, IShowsChildRecords
{
    /// <summary>One team to look at, of those the person oversees; none for all of them.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    public GetOversight.Result Oversight { get; private set; } = default!;

    public IReadOnlyList<GetMissingNow.Row> MissingNow { get; private set; } = [];

    public IReadOnlyList<GetReturnedRecently.Row> Returned { get; private set; } = [];

    public GetOverdueDuties.Result Duties { get; private set; } = default!;

    public IReadOnlyList<GetRepeatMissing.Row> RepeatMissing { get; private set; } = [];

    public IReadOnlyList<GetMissingNow.Row> PlacedHere { get; private set; } = [];

    /// <summary>Every child named on the page, once, and the escalated duties shown.</summary>
    public IEnumerable<ChildRecordRead> RecordsShown =>
        MissingNow.Select(r => r.ChildId)
            .Concat(Returned.Select(r => r.ChildId))
            .Concat(RepeatMissing.Select(r => r.ChildId))
            .Concat(PlacedHere.Select(r => r.ChildId))
            .Distinct()
            .Select(ChildRecordRead.Child)
            .Concat(Duties.Escalated.Select(d => ChildRecordRead.Of(d.ChildId, "DutyTask", d.TaskId)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Oversight = await mediator.Send(new GetOversight.Query(Team), cancellationToken);
        MissingNow = await mediator.Send(new GetMissingNow.Query(Team), cancellationToken);
        Returned = await mediator.Send(new GetReturnedRecently.Query(Team), cancellationToken);
        Duties = await mediator.Send(new GetOverdueDuties.Query(Team), cancellationToken);
        RepeatMissing = await mediator.Send(new GetRepeatMissing.Query(Team), cancellationToken);
        PlacedHere = await mediator.Send(new GetMissingNow.Query(Team, PlacedHereOnly: true), cancellationToken);
    }

    /// <summary>The children behind a figure, for the team chosen.</summary>
    public string ChildrenOf(OversightSet set, DutyFilter? duties = null) => Infrastructure.Web.Links.OversightChildren(set, Team, duties);
}
