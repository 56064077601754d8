using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>
/// Deactivates an account (never deleted: the person's history stays): they cannot sign in, and their sessions end at
/// their next request. Refused for yourself and for the last active administrator.
/// </summary>
public static class DeactivateUser
{
    public sealed record Command(string Id) : ICommand<Unit>;

    public const string NotYourself = "You cannot deactivate your own account. Ask another administrator to do it";

    public const string NotTheLastAdministrator = "You cannot deactivate the last active administrator. Make another user an administrator first";

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await UserAccounts.FindAsync(db, command.Id, cancellationToken);
            if (user.Id == actor.UserId)
            {
                throw UserAccounts.Refused(NotYourself);
            }

            if (await UserAccounts.IsLastActiveAdministratorAsync(db, user.Id, cancellationToken))
            {
                throw UserAccounts.Refused(NotTheLastAdministrator);
            }

            if (!user.IsActive)
            {
                return Unit.Value;
            }

            user.DeactivatedAt = clock.GetUtcNow();
            user.SecurityStamp = UserAccounts.NewStamp();
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            UserAccounts.Audit(db, actor, clock, user.Id, "Deactivated", new Dictionary<string, object?> { ["DeactivatedAt"] = UserAccounts.Change(null, user.DeactivatedAt) });
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
