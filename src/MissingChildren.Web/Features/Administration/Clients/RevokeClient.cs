using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Administration.Clients;

/// <summary>
/// An administrator revokes a created client: its key (and any previous key still in its overlap) stops working on
/// this node at once and on every node within <see cref="DatabaseClientKeys.MaximumStaleness"/>. The client stays
/// listed, with its name, so the audit log's entries made by it still read clearly. Returns the client's name.
/// </summary>
public static class RevokeClient
{
    public sealed record Command(Guid ClientId, Guid? Version) : ICommand<string>;

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock, DatabaseClientKeys keys) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var client = await ClientChange.LoadAsync(db, actor, command.ClientId, command.Version, cancellationToken);
            client.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            keys.Invalidate();
            return client.Name;
        }
    }
}
