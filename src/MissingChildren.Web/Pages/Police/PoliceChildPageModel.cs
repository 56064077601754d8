using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Police;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Police;

/// <summary>
/// Every page of a child as the police see them: only the children the force reported (<see cref="PoliceReach"/>);
/// any other child is "not found", and the refusal is audited. Read only; every GET shown is audited as "Viewed".
/// </summary>
[Authorize(Roles = Roles.Police)]
public abstract class PoliceChildPageModel(ISender mediator) : PageModel, IShowsChildRecords
{
    [FromRoute(Name = "id")]
    public Guid ChildId { get; set; }

    public GetReportedChild.Result Child { get; private set; } = default!;

    protected ISender Mediator => mediator;

    public virtual IEnumerable<ChildRecordRead> RecordsShown => [ChildRecordRead.Child(ChildId)];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await mediator.Send(new GetReportedChild.Query(ChildId), HttpContext.RequestAborted) is not { } child)
        {
            HttpContext.RequestServices.GetRequiredService<AccessRefusals>().Note(ChildRecordRead.Child(ChildId));
            context.Result = NotFound();
            return;
        }

        Child = child;
        await next();
    }
}
