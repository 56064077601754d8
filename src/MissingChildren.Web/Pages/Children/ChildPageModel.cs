using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Children;

/// <summary>
/// Every page of a child's case view: only people who work with the child get in (<see cref="ChildAccess"/>), and only
/// as far as the need-to-know matrix lets their roles go with the part of the record the page shows or changes
/// (<see cref="Part"/>: to open it, <see cref="NeededToOpen"/>; to post to it, change), else 403; every GET shown is written to the audit log as "Viewed" (<see cref="IShowsChildRecords"/>), and the child's header is
/// loaded for the page.
/// </summary>
[Authorize(Roles = ChildAccess.CaseViewRoles)]
public abstract class ChildPageModel(ISender mediator) : PageModel, IShowsChildRecords
{
    [FromRoute(Name = "id")]
    public Guid ChildId { get; set; }

    public GetChildCase.Result Case { get; private set; } = default!;

    protected ISender Mediator => mediator;

    /// <summary>The part of the child's record this page shows or changes (<see cref="NeedToKnow"/>, docs/need-to-know.md).</summary>
    protected abstract RecordPart Part { get; }

    /// <summary>How far the person must be allowed with <see cref="Part"/> to open the page: a form changes it; a page that only shows it, read.</summary>
    protected virtual PartAccess NeededToOpen => PartAccess.Change;

    /// <summary>What the signed-in person may do with each part of this child's record: what the page links and offers.</summary>
    public CaseParts Parts => Case.Parts;

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

        var needed = HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method) ? NeededToOpen : PartAccess.Change;
        if (access.RoleAccess(Part) < needed)
        {
            context.Result = Forbid();
            return;
        }

        await LoadCaseAsync(HttpContext.RequestAborted);
        await next();
    }

    protected async Task LoadCaseAsync(CancellationToken cancellationToken) =>
        Case = await mediator.Send(new GetChildCase.Query(ChildId), cancellationToken) ?? throw new InvalidOperationException("The child was checked a moment ago.");

    protected string CasePath(string? tab = null) => Links.Child(ChildId, tab);
}
