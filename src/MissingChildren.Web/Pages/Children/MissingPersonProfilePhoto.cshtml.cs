using MissingChildren.Domain.Children;
using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>The photo on the child's current missing person profile: <c>/children/{id}/missing-person-profile/photo</c>.</summary>
public sealed class MissingPersonProfilePhotoModel(ISender mediator) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.MissingPersonProfile;

    protected override PartAccess NeededToOpen => PartAccess.Read;

    private GetProfilePhoto.Result? _photo;

    public override IEnumerable<ChildRecordRead> RecordsShown =>
        _photo is { } p ? [.. base.RecordsShown, ChildRecordRead.Of(ChildId, nameof(Domain.Profiles.MissingPersonProfile), p.ProfileId)] : base.RecordsShown;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        _photo = await Mediator.Send(new GetProfilePhoto.Query(ChildId), cancellationToken);
        return _photo is { } photo ? File(photo.Content, photo.ContentType) : NotFound();
    }
}
