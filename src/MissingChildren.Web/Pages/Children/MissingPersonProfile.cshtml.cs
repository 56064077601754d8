using MissingChildren.Domain.Children;
using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The child's missing person profile (Philomena Protocol) on their case view: <c>/children/{id}/missing-person-profile</c>.</summary>
public sealed class MissingPersonProfileModel(ISender mediator, TimeProvider clock) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.MissingPersonProfile;

    protected override PartAccess NeededToOpen => PartAccess.Read;

    public GetMissingPersonProfile.Result? Profile { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public override IEnumerable<ChildRecordRead> RecordsShown => Profile is { } p ? [.. base.RecordsShown, p.Read] : base.RecordsShown;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Profile = await Mediator.Send(new GetMissingPersonProfile.Query(ChildId), cancellationToken);
        Now = clock.GetUtcNow();
        return Page();
    }
}
