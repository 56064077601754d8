using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Police;

/// <summary>The printable trigger or prevention plan of a child the force reported: <c>/police/children/{id}/plans/{type}/print</c>.</summary>
public sealed class PrintPlanModel(ISender mediator) : PoliceChildPageModel(mediator)
{
    [FromRoute(Name = "type")]
    public string? TypeSlug { get; set; }

    public GetPlan.Result Plan { get; private set; } = default!;

    public string PlanTitle { get; private set; } = "";

    public override IEnumerable<ChildRecordRead> RecordsShown =>
        [.. base.RecordsShown, .. Child.Plans.Where(p => GetPlan.Slug(p.Type) == TypeSlug).Select(p => ChildRecordRead.Of(ChildId, "Plan", p.Id))];

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
