using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;

namespace MissingChildren.Web.Pages.Police;

/// <summary>A child the force reported (<c>/police/children/{id}</c>): identity, episodes, plans shared with the police and the missing person profile.</summary>
public sealed class ChildModel(ISender mediator) : PoliceChildPageModel(mediator)
{
    public GetMissingPersonProfile.Result? Profile { get; private set; }

    public override IEnumerable<ChildRecordRead> RecordsShown =>
    [
        .. base.RecordsShown,
        .. Child.Episodes.Select(e => ChildRecordRead.Of(ChildId, "MissingEpisode", e.Id)),
        .. Child.Plans.Select(p => ChildRecordRead.Of(ChildId, "Plan", p.Id)),
        .. Profile is { } p ? new[] { p.Read } : [],
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Profile = await Mediator.Send(new GetMissingPersonProfile.Query(ChildId), cancellationToken);
}
