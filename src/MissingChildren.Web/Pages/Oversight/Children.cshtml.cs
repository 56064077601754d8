using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Pages.Oversight;

/// <summary>The children behind one figure of the oversight dashboard, each linked to their record where the person may open it.</summary>
[Authorize(Roles = $"{Roles.TeamManager},{Roles.HeadOfService},{Roles.Director}")]
public sealed class ChildrenModel(ISender mediator, ChildAccess access) : PageModel, IShowsChildRecords
{
    /// <summary>The figure, by its slug (<see cref="OversightSets.Slug"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Set { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Team { get; set; }

    /// <summary>A duty figure's type of duty.</summary>
    [BindProperty(SupportsGet = true)]
    public TaskType? Type { get; set; }

    /// <summary>A duty figure's holding team: its id, or <c>none</c> for a service-wide role's.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Holder { get; set; }

    /// <summary>The "page" query parameter: bound from the query only, as Razor Pages keeps a "page" route value for itself.</summary>
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public OversightSet Figure { get; private set; }

    public DutyFilter Duties { get; private set; } = DutyFilter.All;

    public GetOversightChildren.Result Result { get; private set; } = default!;

    public IReadOnlySet<Guid> MayOpen { get; private set; } = new HashSet<Guid>();

    public IEnumerable<ChildRecordRead> RecordsShown => Result.Children.Items.Select(r => ChildRecordRead.Child(r.ChildId));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figure = OversightSets.FromSlug(Set) ?? throw new RecordNotFoundException("There is no such figure.");
        Duties = (OversightSets.IsOfDuties(Figure) ? DutyFilter.Parse(Type, Holder) : DutyFilter.All) ?? throw new RecordNotFoundException("There is no such team.");
        Result = await mediator.Send(new GetOversightChildren.Query(Figure, Team, Duties, Paging.Clamp(PageNumber)), cancellationToken);
        MayOpen = await access.MayOpenAsync([.. Result.Children.Items.Select(r => r.ChildId)], cancellationToken);
    }

    public string PageLink(int page) => Links.OversightChildren(Figure, Team, Duties, page);
}
