using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Children;

/// <summary>
/// Every page of a child's case view: only people who work with the child get in (<see cref="ChildAccess"/>),
/// every GET shown is written to the audit log as "Viewed" (<see cref="IShowsChildRecords"/>), and the child's header is
/// loaded for the page.
/// </summary>
[Authorize(Roles = ChildAccess.CaseViewRoles)]
public abstract class ChildPageModel(ISender mediator) : PageModel, IShowsChildRecords
{
    [FromRoute(Name = "id")]
    public Guid ChildId { get; set; }

    public GetChildCase.Result Case { get; private set; } = default!;

    protected ISender Mediator => mediator;

    /// <summary>The child's case record; a page that shows one of their records by id adds it.</summary>
    public virtual IEnumerable<ChildRecordRead> RecordsShown => [ChildRecordRead.Child(ChildId)];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var access = HttpContext.RequestServices.GetRequiredService<ChildAccess>();
        var outcome = await access.CheckAsync(ChildId, HttpContext.RequestAborted);
        if (outcome != ChildAccess.Outcome.Allowed)
        {
            context.Result = outcome == ChildAccess.Outcome.NotFound ? NotFound() : Forbid();
            return;
        }

        await LoadCaseAsync(HttpContext.RequestAborted);
        await next();
    }

    protected async Task LoadCaseAsync(CancellationToken cancellationToken) =>
        Case = await mediator.Send(new GetChildCase.Query(ChildId), cancellationToken) ?? throw new InvalidOperationException("The child was checked a moment ago.");

    protected string CasePath(string? tab = null) => Links.Child(ChildId, tab);
}
