using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Authorisations;

[Authorize(Roles = "TeamManager,HeadOfService,Director")]
public sealed class IndexModel(ISender mediator, TimeProvider clock) : PageModel, IShowsChildRecords
{
    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaskType? Type { get; set; }

    /// <summary>The "page" query parameter: bound from the query only, as Razor Pages keeps a "page" route value for itself.</summary>
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public GetAuthorisationWork.Result Work { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => Work.Items.Items.Select(i => ChildRecordRead.Of(i.ChildId, "DutyTask", i.TaskId));

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Work = await mediator.Send(new GetAuthorisationWork.Query(Team, Type, Paging.Clamp(PageNumber)), cancellationToken);
    }

    public string Link(int page) => $"{Links.Authorisations}?team={Team}&type={Type}&page={page}";
}
