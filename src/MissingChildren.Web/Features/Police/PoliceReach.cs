using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Police;

/// <summary>
/// Which children and episodes the police may see: those the police reported (need to know, docs/need-to-know.md).
/// A police integration client reaches the episodes whose notifications it sent itself; a police user signed in to
/// <c>/police</c> reaches the episodes reported by any police client of the service, or recorded by hand with the
/// police as their source. The one place the rule lives: the police pages and the API both ask here.
/// </summary>
public sealed class PoliceReach(AppDbContext db, IntegrationClientRegistry configured)
{
    /// <summary>The source a notification recorded by hand gives when the police reported it.</summary>
    public const string PoliceSource = "Police";

    /// <summary>The episodes the police force reported: for a police user of the web pages.</summary>
    public async Task<IQueryable<MissingEpisode>> EpisodesForForceAsync(CancellationToken cancellationToken)
    {
        var clients = configured.Clients.Where(c => c.Agency == Agency.Police).Select(c => c.Name).ToList();
        clients.AddRange(await db.ApiClients.AsNoTracking().Where(c => c.Agency == Agency.Police).Select(c => c.Name).ToListAsync(cancellationToken));
        var reporters = clients.Distinct(StringComparer.Ordinal).ToList();
        var reported = db.Notifications.AsNoTracking()
            .Where(n => n.EpisodeId != null && (reporters.Contains(n.ReceivedFrom) || n.Source == PoliceSource || n.Source == "police"));
        return db.Episodes.AsNoTracking().Where(e => reported.Any(n => n.EpisodeId == e.Id));
    }

    /// <summary>The episodes one integration client reported (by its name, as written on each notification it sent).</summary>
    public IQueryable<MissingEpisode> EpisodesForClient(string clientName) =>
        db.Episodes.AsNoTracking().Where(e => db.Notifications.Any(n => n.EpisodeId == e.Id && n.ReceivedFrom == clientName));

    /// <summary>The children with at least one of <paramref name="episodes"/>.</summary>
    public IQueryable<Child> ChildrenOf(IQueryable<MissingEpisode> episodes) =>
        db.Children.AsNoTracking().Where(c => episodes.Any(e => e.ChildId == c.Id));
}
