using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>One user's account, for their page and the edit form; throws <see cref="RecordNotFoundException"/> for an unknown id.</summary>
public static class GetUser
{
    public sealed record Query(string Id) : IQuery<Result>;

    /// <param name="ConcurrencyStamp">The version the edit form was read at (Identity's concurrency stamp).</param>
    /// <param name="IsYou">The administrator looking at their own account.</param>
    public sealed record Result(
        string Id, string Name, string Email, IReadOnlyList<string> Roles, Guid? TeamId, string? Team, Agency Agency,
        UserState State, DateTimeOffset? DeactivatedAt, DateTimeOffset? LockoutEnd, bool HasPassword, bool MustChangePassword,
        string? ConcurrencyStamp, bool IsYou);

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.Id, cancellationToken)
                ?? throw new RecordNotFoundException();
            var team = user.TeamId is { } teamId ? await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) : null;
            var roles = await UserAccounts.RoleNamesAsync(db, user.Id, cancellationToken);
            return new Result(
                user.Id, user.DisplayName, user.Email ?? "", [.. Roles.All.Where(roles.Contains)], user.TeamId, team, user.Agency,
                UserAccounts.StateOf(user.DeactivatedAt, user.LockoutEnd, clock.GetUtcNow()), user.DeactivatedAt, user.LockoutEnd,
                user.PasswordHash is not null, user.MustChangePassword, user.ConcurrencyStamp, user.Id == actor.UserId);
        }
    }
}
