using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>E-mails the person a new one-time link to set their password (a forgotten password, or a link that expired).</summary>
public static class SendSetPasswordLink
{
    /// <returns>Whether the e-mail went: false when e-mail is switched off or could not be sent.</returns>
    public sealed record Command(string Id) : ICommand<bool>;

    public const string Deactivated = "Reactivate the user before you send them a link to set their password";

    public sealed class Handler(AppDbContext db, SetPasswordLinks links, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await UserAccounts.FindAsync(db, command.Id, cancellationToken);
            if (!user.IsActive)
            {
                throw UserAccounts.Refused(Deactivated);
            }

            var sent = await links.SendAsync(user, cancellationToken);
            if (sent)
            {
                UserAccounts.Audit(db, actor, clock, user.Id, "SetLinkSent");
                await db.SaveChangesAsync(cancellationToken);
            }

            return sent;
        }
    }
}
