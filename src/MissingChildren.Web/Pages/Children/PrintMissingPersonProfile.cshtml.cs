using MissingChildren.Domain.Children;
using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The printable missing person profile: <c>/children/{id}/missing-person-profile/print</c>.</summary>
public sealed class PrintMissingPersonProfileModel(ISender mediator) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.MissingPersonProfile;

    protected override PartAccess NeededToOpen => PartAccess.Read;

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
