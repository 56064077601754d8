using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Police;

/// <summary>The printable missing person profile of a child the force reported: <c>/police/children/{id}/missing-person-profile/print</c>.</summary>
public sealed class PrintProfileModel(ISender mediator) : PoliceChildPageModel(mediator)
{
    public GetMissingPersonProfile.Result Profile { get; private set; } = default!;

    public override IEnumerable<ChildRecordRead> RecordsShown => Profile is { } p ? [.. base.RecordsShown, p.Read] : base.RecordsShown;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Mediator.Send(new GetMissingPersonProfile.Query(ChildId), cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        return Page();
    }
}
