using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>The users of the installation, by name: searched by name or e-mail, filtered by role, team and state, paged.</summary>
public static class ListUsers
{
    public sealed record Query(string? Search, string? Role, Guid? TeamId, UserState? State, int Page = 1) : IQuery<Result>;

    public sealed record Row(string Id, string Name, string Email, IReadOnlyList<string> Roles, string? Team, Agency Agency, UserState State);

    public sealed record TeamOption(Guid Id, string Name);

    public sealed record Result(PageOf<Row> Users, IReadOnlyList<TeamOption> Teams);

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var search = query.Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a case-insensitive match on every provider.
                users = users.Where(u => u.DisplayName.ToUpper().Contains(search) || u.NormalizedEmail!.Contains(search));
#pragma warning restore CA1304, CA1311, CA1862
            }

            if (!string.IsNullOrEmpty(query.Role))
            {
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == query.Role)));
            }

            if (query.TeamId is { } teamId)
            {
                users = users.Where(u => u.TeamId == teamId);
            }

            users = query.State switch
            {
                UserState.Active => users.Where(u => u.DeactivatedAt == null && (u.LockoutEnd == null || u.LockoutEnd <= now)),
                UserState.Deactivated => users.Where(u => u.DeactivatedAt != null),
                UserState.LockedOut => users.Where(u => u.DeactivatedAt == null && u.LockoutEnd > now),
                _ => users,
            };

            var page = Paging.Clamp(query.Page);
            var total = await users.CountAsync(cancellationToken);
            var found = await users
                .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
                .Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .Select(u => new { u.Id, u.DisplayName, u.Email, Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault(), u.Agency, u.DeactivatedAt, u.LockoutEnd })
                .ToListAsync(cancellationToken);
            var ids = found.Select(u => u.Id).ToList();
            var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                    .ToListAsync(cancellationToken))
                .ToLookup(r => r.UserId, r => r.Name!);
            var rows = found.Select(u => new Row(
                    u.Id, u.DisplayName, u.Email ?? "", [.. Roles.All.Where(r => roles[u.Id].Contains(r))], u.Team, u.Agency,
                    UserAccounts.StateOf(u.DeactivatedAt, u.LockoutEnd, now)))
                .ToList();
            return new Result(new PageOf<Row>(rows, page, Paging.DefaultSize, total), await ListTeamOptions.LoadAsync(db, cancellationToken));
        }
    }
}
