using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.FrontDoor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>Front Door's own duties (R3, R4, R8, R9), each linking to where it is done (Record done for most).</summary>
[Authorize(Roles = FrontDoorAccess.Readers)]
public sealed class DutiesModel(ISender mediator) : PageModel, IShowsChildRecords
{
    public GetFrontDoorDuties.Result Duties { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => Duties.Rows.Select(r => ChildRecordRead.Of(r.ChildId, "DutyTask", r.TaskId));

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Duties = await mediator.Send(new GetFrontDoorDuties.Query(), cancellationToken);
}
