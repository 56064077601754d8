using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Education;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Education;

/// <summary>
/// <c>/education</c> (screens.md "Education"): the education officer's landing page: investigations (R40), the education
/// team's duties, school absences with consecutive counts (R39); opening an investigation by the child's local ID.
/// Front Door reads it without the actions.
/// </summary>
[Authorize(Roles = $"{Roles.Education},{Roles.FrontDoor}")]
public sealed class IndexModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    [BindProperty]
    public string? LocalId { get; set; }

    public GetEducation.Result Work { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => Work is null ? [] :
        Work.Investigations.Select(i => ChildRecordRead.Of(i.ChildId, "CmeInvestigation", i.Id))
            .Concat(Work.Duties.Select(d => ChildRecordRead.Of(d.ChildId, "DutyTask", d.Id)))
            .Concat(Work.SchoolAbsences.Select(a => ChildRecordRead.Child(a.ChildId)));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new OpenCmeInvestigation.Command(LocalId), cancellationToken);
        return Redirect(Links.CmeInvestigation(id));
    }

    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken) => Work = await mediator.Send(new GetEducation.Query(), cancellationToken);
}
