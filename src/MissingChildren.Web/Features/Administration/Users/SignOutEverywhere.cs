using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>Ends every session of the person (a new security stamp: each cookie they hold stops working at its next request).</summary>
public static class SignOutEverywhere
{
    public sealed record Command(string Id) : ICommand<Unit>;

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await UserAccounts.FindAsync(db, command.Id, cancellationToken);
            user.SecurityStamp = UserAccounts.NewStamp();
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            UserAccounts.Audit(db, actor, clock, user.Id, "SignedOut");
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
