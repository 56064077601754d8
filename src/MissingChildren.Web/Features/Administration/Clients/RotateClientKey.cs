using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Administration.Clients;

/// <summary>
/// An administrator gives a created client a new key, shown once. The old key keeps working for the overlap chosen
/// (none, an hour, a day, a week) so the system that holds it can change over; a key older than that stops at once.
/// The version the administrator read is checked: a second administrator rotating or revoking meanwhile wins, and
/// this one sees a conflict (and no key).
/// </summary>
public static class RotateClientKey
{
    public sealed record Command(Guid ClientId, Guid? Version, int? OverlapHours) : ICommand<IssuedKey>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OverlapHours)
                .Must(h => h is { } hours && ClientChoices.Overlaps.Any(o => o.Hours == hours))
                .WithMessage("Select how long the old key keeps working");
        }
    }

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock, DatabaseClientKeys keys) : ICommandHandler<Command, IssuedKey>
    {
        public async ValueTask<IssuedKey> Handle(Command command, CancellationToken cancellationToken)
        {
            var client = await ClientChange.LoadAsync(db, actor, command.ClientId, command.Version, cancellationToken);
            var now = clock.GetUtcNow();
            var overlap = TimeSpan.FromHours(command.OverlapHours!.Value);
            var key = ApiKeys.Generate();
            client.PreviousKeyHash = overlap > TimeSpan.Zero ? client.KeyHash : null;
            client.PreviousKeyValidUntil = overlap > TimeSpan.Zero ? now + overlap : null;
            client.KeyHash = ApiKeys.Hash(key);
            client.KeyHint = ApiKeys.Hint(key);
            client.KeyRotatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            keys.Invalidate();
            return new IssuedKey(client.Id, client.Name, key, client.PreviousKeyValidUntil);
        }
    }
}
