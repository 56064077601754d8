using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The printable trigger or prevention plan: no navigation, print styles.</summary>
public sealed class PrintPlanModel(ISender mediator) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.Plans;

    protected override PartAccess NeededToOpen => PartAccess.Read;

    [FromRoute(Name = "type")]
    public string? TypeSlug { get; set; }

    public GetPlan.Result Plan { get; private set; } = default!;

    public string PlanTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (GetPlan.FromSlug(TypeSlug) is not { } type
            || await Mediator.Send(new GetPlan.Query(type, ChildId), cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        PlanTitle = GetPlan.Title(type);
        return Page();
    }
}
