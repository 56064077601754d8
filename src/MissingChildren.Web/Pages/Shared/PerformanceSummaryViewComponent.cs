using Mediator;
using Microsoft.AspNetCore.Mvc;
using MissingChildren.Web.Features.Oversight;

namespace MissingChildren.Web.Pages.Shared;

/// <summary>
/// The performance section of the oversight dashboard (R37): <c>&lt;vc:performance-summary /&gt;</c> on a page whose
/// readers oversee teams (team managers, Heads of Service, Directors). Drawn by <c>_PerformanceSummary.cshtml</c>.
/// </summary>
public sealed class PerformanceSummaryViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Pages/Shared/_PerformanceSummary.cshtml", await sender.Send(new GetPerformanceSummary.Query(), HttpContext.RequestAborted));
}
