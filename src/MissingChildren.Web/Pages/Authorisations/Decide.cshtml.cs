using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Authorisations;

[Authorize(Roles = "TeamManager,HeadOfService")]
public sealed class DecideModel(ISender mediator) : PageModel, IShowsChildRecords, IRedisplayedForm
{
    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public string? ReturnReason { get; set; }

    public GetAuthorisation.Result Item { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => [ChildRecordRead.Of(Item.ChildId, "DutyTask", Item.TaskId)];

    /// <summary>R22: the child's refusals of the return home interview, with their reasons.</summary>
    public IReadOnlyList<Features.RiskAssessments.GetConsentRefusals.Refusal> Refusals { get; private set; } = [];

    public static IEnumerable<SelectListItem> Decisions { get; } =
    [
        new("Authorise it with an outcome", "Authorise"),
        new("Return it to the worker", "Return"),
    ];

    public static IEnumerable<SelectListItem> Outcomes { get; } =
        Enum.GetValues<ManagerOutcome>().Select(o => new SelectListItem(AuthorisationConditions.Describe(o), o.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(Guid taskId, CancellationToken cancellationToken) =>
        await LoadAsync(taskId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(taskId, cancellationToken))
        {
            return NotFound();
        }

        var decision = Decision switch
        {
            "Authorise" => Domain.Authorisations.Decision.Authorised,
            "Return" => Domain.Authorisations.Decision.Returned,
            _ => (Domain.Authorisations.Decision?)null,
        };
        var outcome = Enum.TryParse<ManagerOutcome>(Outcome, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ManagerOutcome?)null;
        await mediator.Send(new DecideAuthorisation.Command(taskId, decision, outcome, Rationale, ReturnReason), cancellationToken);
        TempData.Success(decision == Domain.Authorisations.Decision.Authorised ? "Decision recorded: authorised" : "Decision recorded: returned to the worker");
        return Redirect(Links.Authorisations);
    }

    /// <summary>The decision form again, with what the manager typed, when the form was refused before it was sent.</summary>
    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        var taskId = Guid.TryParse(RouteData.Values["taskId"] as string, out var id) ? id : Guid.Empty;
        if (!await LoadAsync(taskId, cancellationToken))
        {
            throw new Features.RecordNotFoundException();
        }
    }

    private async Task<bool> LoadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var item = await mediator.Send(new GetAuthorisation.Query(taskId), cancellationToken);
        Item = item!;
        if (item is not null)
        {
            Refusals = await mediator.Send(new Features.RiskAssessments.GetConsentRefusals.Query(item.ChildId), cancellationToken);
        }

        return item is not null;
    }
}
