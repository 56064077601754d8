using Mediator;
using MissingChildren.Domain.Episodes;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Home;

/// <summary>
/// The home page: who is signed in, their role and team, and the headline numbers they may see:
/// the whole service for Front Door, EDT, managers and directors; their team's children for practitioners.
/// </summary>
public static class GetHome
{
    public sealed record Query : IQuery<Result>;

    public sealed record Result(string DisplayName, IReadOnlyList<string> Roles, string? TeamName, Figures? Figures);

    /// <summary>Headline numbers for "the service" or for one team (named in <c>Scope</c>).</summary>
    public sealed record Figures(string Scope, int MissingNow, int ReturnedLast7Days, int ChildrenKnown);

    private static readonly string[] WholeServiceRoles =
        [Domain.Roles.FrontDoor, Domain.Roles.EmergencyDuty, Domain.Roles.TeamManager, Domain.Roles.HeadOfService, Domain.Roles.Director];

    private static readonly string[] TeamRoles = [Domain.Roles.SocialWorker, Domain.Roles.RhiWorker, Domain.Roles.Education];

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == actor.UserId)
                .Select(u => new { u.DisplayName, u.TeamId })
                .SingleAsync(cancellationToken);
            var roles = await db.UserRoles.Where(ur => ur.UserId == actor.UserId)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                .ToListAsync(cancellationToken);
            var teamName = user.TeamId is null
                ? null
                : await db.Teams.Where(t => t.Id == user.TeamId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);

            Figures? figures = null;
            if (roles.Any(WholeServiceRoles.Contains))
            {
                figures = await CountAsync("the service", null, cancellationToken);
            }
            else if (roles.Any(TeamRoles.Contains) && user.TeamId is { } teamId)
            {
                figures = await CountAsync(teamName ?? "your team", teamId, cancellationToken);
            }

            return new Result(user.DisplayName, roles, teamName, figures);
        }

        private async Task<Figures> CountAsync(string scope, Guid? teamId, CancellationToken cancellationToken)
        {
            var weekAgo = clock.GetUtcNow().AddDays(-7);
            var children = db.Children.AsQueryable();
            if (teamId is not null)
            {
                children = children.Where(c => c.AllocatedTeamId == teamId);
            }

            var episodes = db.Episodes.Where(e => children.Select(c => c.Id).Contains(e.ChildId));
            return new Figures(
                scope,
                await episodes.CountAsync(e => e.Status == EpisodeStatus.Open, cancellationToken),
                await episodes.CountAsync(e => e.Status != EpisodeStatus.Open && e.FoundAt >= weekAgo, cancellationToken),
                await children.CountAsync(cancellationToken));
        }
    }
}
