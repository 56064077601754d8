using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Teams;

/// <summary>
/// A team for its administration page (<c>/admin/teams/{id}</c>): what it is, its members and which of them manage it,
/// the people who could join it (saying which team they would leave), and the social work teams a return interview
/// service can serve. With no id: only the choices a new team's form offers.
/// </summary>
public static class GetTeam
{
    public sealed record Query(Guid? TeamId) : IQuery<Result?>;

    public sealed record Details(Guid Id, Guid Version, string Name, TeamFunction Function, Agency Agency, string? Description, bool IsDefault, bool NeedsSetUp,
        IReadOnlyList<string> Areas, IReadOnlyList<Guid> ServesTeamIds);

    public sealed record Member(string UserId, string Name, string? Email, bool IsManager, bool IsActive);

    /// <param name="CurrentTeam">The team they would leave, if any.</param>
    public sealed record Person(string UserId, string Name, string? Email, string? CurrentTeam);

    public sealed record Option(Guid Id, string Name);

    public sealed record Result(Details? Team, IReadOnlyList<Member> Members, IReadOnlyList<Person> Others, IReadOnlyList<Option> SocialWorkTeams);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var socialWork = (await db.Teams.AsNoTracking().Where(t => t.Function == TeamFunction.SocialWork && t.Id != query.TeamId)
                    .Select(t => new Option(t.Id, t.Name)).ToListAsync(cancellationToken))
                .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
            if (query.TeamId is not { } id)
            {
                return new Result(null, [], [], socialWork);
            }

            var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (team is null)
            {
                return null;
            }

            var managers = await db.UserRoles
                .Join(db.Roles.Where(r => r.Name == Roles.TeamManager), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
                .ToListAsync(cancellationToken);
            var teamNames = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            var people = await db.Users.AsNoTracking()
                .Select(u => new { u.Id, u.DisplayName, u.Email, u.TeamId, u.DeactivatedAt })
                .ToListAsync(cancellationToken);

            var members = people.Where(p => p.TeamId == id)
                .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase)
                .Select(p => new Member(p.Id, p.DisplayName, p.Email, managers.Contains(p.Id), p.DeactivatedAt is null))
                .ToList();
            var others = people.Where(p => p.TeamId != id && p.DeactivatedAt is null)
                .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase)
                .Select(p => new Person(p.Id, p.DisplayName, p.Email, p.TeamId is { } t ? teamNames.GetValueOrDefault(t) : null))
                .ToList();
            var details = new Details(team.Id, team.Version, team.Name, team.Function, team.Agency, team.Description, team.IsDefault, team.NeedsSetUp,
                team.Areas, team.ServesTeamIds);
            return new Result(details, members, others, socialWork);
        }
    }
}
