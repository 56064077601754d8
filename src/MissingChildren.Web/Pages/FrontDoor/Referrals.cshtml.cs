using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.FrontDoor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>R30: the referrals Front Door is asked to make by a manager's outcome, each linking to where it is recorded as made.</summary>
[Authorize(Roles = FrontDoorAccess.Readers)]
public sealed class ReferralsModel(ISender mediator) : PageModel, IShowsChildRecords
{
    public GetReferrals.Result Referrals { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => Referrals.Rows.Select(r => ChildRecordRead.Of(r.ChildId, "DutyTask", r.TaskId));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Referrals = await mediator.Send(new GetReferrals.Query(), cancellationToken);
        return Page();
    }
}
