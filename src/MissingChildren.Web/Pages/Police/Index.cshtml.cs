using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Police;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Police;

/// <summary>The police missing person coordinator's work (<c>/police</c>): the children the force reported, and the duties the protocol gives the police (R33).</summary>
[Authorize(Roles = Roles.Police)]
public sealed class IndexModel(ISender mediator) : PageModel, IShowsChildRecords
{
    public GetPoliceWork.Result Work { get; private set; } = default!;

    public IReadOnlyList<GetReportedChildren.Child> Children { get; private set; } = [];

    public IEnumerable<ChildRecordRead> RecordsShown =>
        Work.Duties.Select(d => ChildRecordRead.Of(d.ChildId, "DutyTask", d.Id)).Concat(Children.Select(c => ChildRecordRead.Child(c.Id)));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Work = await mediator.Send(new GetPoliceWork.Query(), cancellationToken);
        Children = await mediator.Send(new GetReportedChildren.Query(), cancellationToken);
        return Page();
    }
}
