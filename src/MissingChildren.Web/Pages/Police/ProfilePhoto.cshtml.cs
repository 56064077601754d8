using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Police;

/// <summary>The photo on the missing person profile of a child the force reported: <c>/police/children/{id}/missing-person-profile/photo</c>.</summary>
public sealed class ProfilePhotoModel(ISender mediator) : PoliceChildPageModel(mediator)
{
    private GetProfilePhoto.Result? _photo;

    public override IEnumerable<ChildRecordRead> RecordsShown =>
        _photo is { } p ? [.. base.RecordsShown, ChildRecordRead.Of(ChildId, nameof(Domain.Profiles.MissingPersonProfile), p.ProfileId)] : base.RecordsShown;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        _photo = await Mediator.Send(new GetProfilePhoto.Query(ChildId), cancellationToken);
        return _photo is { } photo ? File(photo.Content, photo.ContentType) : NotFound();
    }
}
