using MissingChildren.Domain.Children;
using Mediator;
using MissingChildren.Web.Features.Partners;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>A page that records a fact about other areas or trafficking on one of the child's episodes (R41, R42, R44): the episode, loaded for the form.</summary>
public abstract class EpisodePartnersPageModel(ISender mediator) : ChildPageModel(mediator), IRedisplayedForm
{
    protected override RecordPart Part => RecordPart.Episodes;

    [FromRoute(Name = "episodeId")]
    public Guid EpisodeId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public GetEpisodePartners.Result Episode { get; private set; } = default!;

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (reason == Redisplay.Conflict && await LoadAsync(cancellationToken))
        {
            Version = Episode.Version;
        }
    }

    /// <summary>Loads the episode; false when the child has no such episode.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var episode = await Mediator.Send(new GetEpisodePartners.Query(ChildId, EpisodeId), cancellationToken);
        Episode = episode!;
        return episode is not null;
    }
}
