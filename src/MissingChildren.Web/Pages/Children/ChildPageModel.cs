using Mediator;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Children;

/// <summary>
/// Every page of a child's case view: only people who work with the child get in (<see cref="ChildAccess"/>),
/// every GET is written to the audit log as "Viewed", and the child's header is loaded for the page.
/// </summary>
[Authorize(Roles = ChildAccess.CaseViewRoles)]
public abstract class ChildPageModel(ISender mediator) : PageModel
{
    [FromRoute(Name = "id")]
    public Guid ChildId { get; set; }

    public GetChildCase.Result Case { get; private set; } = default!;

    protected ISender Mediator => mediator;

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

        if (HttpMethods.IsGet(Request.Method))
        {
            await mediator.Send(new RecordChildViewed.Command(ChildId, Request.Path.Value ?? ""), HttpContext.RequestAborted);
        }

        await LoadCaseAsync(HttpContext.RequestAborted);
        await next();
    }

    protected async Task LoadCaseAsync(CancellationToken cancellationToken) =>
        Case = await mediator.Send(new GetChildCase.Query(ChildId), cancellationToken) ?? throw new InvalidOperationException("The child was checked a moment ago.");

    protected string CasePath(string? tab = null) => Links.Child(ChildId, tab);
}
