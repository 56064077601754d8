using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// Whose children a manager oversees (screens.md "Oversight"; R16): a team manager, their own team's; a Head of Service
/// or the Director, the whole service. The dashboard and every report are scoped by it, so a figure never counts a child
/// the reader does not oversee.
/// </summary>
public sealed class OversightScope(AppDbContext db, ICurrentActor actor)
{
    /// <summary>What the signed-in person oversees.</summary>
    /// <param name="TeamIds">The teams whose children are counted; null for the whole service.</param>
    /// <param name="Teams">The teams they may narrow a report to, by name.</param>
    public sealed record Reach(IReadOnlyList<Guid>? TeamIds, IReadOnlyList<TeamChoice> Teams)
    {
        public bool WholeService => TeamIds is null;

        /// <summary>Whether the person may read a report for this team (or, for null, for all they oversee).</summary>
        public bool Covers(Guid? teamId) => teamId is null || Teams.Any(t => t.Id == teamId);

        /// <summary>The teams a report for <paramref name="teamId"/> counts: that team, or all the person oversees (null: the service).</summary>
        public IReadOnlyList<Guid>? For(Guid? teamId) => teamId is { } one ? [one] : TeamIds;
    }

    public sealed record TeamChoice(Guid Id, string Name);

    private Reach? _reach;

    public async Task<Reach> ReachAsync(CancellationToken cancellationToken)
    {
        if (_reach is not null)
        {
            return _reach;
        }

        if (actor.IsInRole(Roles.HeadOfService) || actor.IsInRole(Roles.Director))
        {
            var teams = await db.Teams.AsNoTracking()
                .Where(t => db.Children.Any(c => c.AllocatedTeamId == t.Id))
                .OrderBy(t => t.Name)
                .Select(t => new TeamChoice(t.Id, t.Name))
                .ToListAsync(cancellationToken);
            return _reach = new Reach(null, teams);
        }

        var own = actor.IsInRole(Roles.TeamManager)
            ? await db.Users.AsNoTracking()
                .Where(u => u.Id == actor.UserId && u.TeamId != null)
                .Join(db.Teams, u => u.TeamId, t => t.Id, (_, t) => new TeamChoice(t.Id, t.Name))
                .ToListAsync(cancellationToken)
            : [];
        return _reach = new Reach([.. own.Select(t => t.Id)], own);
    }
}
