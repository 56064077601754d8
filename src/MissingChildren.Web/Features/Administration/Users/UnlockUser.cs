using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>Unlocks an account locked by wrong passwords, before its 15 minutes are up, and forgets the failed attempts.</summary>
public static class UnlockUser
{
    public sealed record Command(string Id) : ICommand<Unit>;

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await UserAccounts.FindAsync(db, command.Id, cancellationToken);
            UserAccounts.Audit(db, actor, clock, user.Id, "Unlocked", new Dictionary<string, object?> { ["LockoutEnd"] = UserAccounts.Change(user.LockoutEnd, null) });
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
