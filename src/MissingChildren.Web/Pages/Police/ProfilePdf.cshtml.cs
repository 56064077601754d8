using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;
using MissingChildren.Web.Infrastructure.Letters;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Police;

/// <summary>The missing person profile of a child the force reported, as a PDF: <c>/police/children/{id}/missing-person-profile.pdf</c>.</summary>
public sealed class ProfilePdfModel(ISender mediator, LetterPdfWriter writer, TimeProvider clock) : PoliceChildPageModel(mediator)
{
    private GetMissingPersonProfile.Result? _profile;

    public override IEnumerable<ChildRecordRead> RecordsShown => _profile is { } p ? [.. base.RecordsShown, p.Read] : base.RecordsShown;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Mediator.Send(new GetMissingPersonProfile.Query(ChildId), cancellationToken) is not { } profile)
        {
            return NotFound();
        }

        _profile = profile;
        var photo = profile.HasPhoto ? await Mediator.Send(new GetProfilePhoto.Query(ChildId), cancellationToken) : null;
        return File(writer.Write(profile, photo?.Content, clock.GetUtcNow()), "application/pdf", $"missing-person-profile-{profile.ChildLocalId}.pdf");
    }
}
