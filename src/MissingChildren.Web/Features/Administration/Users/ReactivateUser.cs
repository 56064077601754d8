using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>Reactivates a deactivated account: the person can sign in again with their password or organisation account.</summary>
public static class ReactivateUser
{
    public sealed record Command(string Id) : ICommand<Unit>;

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await UserAccounts.FindAsync(db, command.Id, cancellationToken);
            if (user.IsActive)
            {
                return Unit.Value;
            }

            UserAccounts.Audit(db, actor, clock, user.Id, "Reactivated", new Dictionary<string, object?> { ["DeactivatedAt"] = UserAccounts.Change(user.DeactivatedAt, null) });
            user.DeactivatedAt = null;
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
