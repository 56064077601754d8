using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Administration;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Clients;

/// <summary>
/// An administrator creates an integration client (api.md "Clients and keys"): a name no other client has (created or
/// configured), an agency and at least one scope. A strong random key is made and returned once; only its hash and
/// its first characters are stored.
/// </summary>
public static class CreateClient
{
    public sealed record Command(string? Name, Agency? Agency, IReadOnlyList<string> Scopes) : ICommand<IssuedKey>;

    public const int NameMaximumLength = 120;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, IntegrationClientRegistry configured)
        {
            RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a name for the client")
                .MaximumLength(NameMaximumLength).WithMessage($"Name must be {NameMaximumLength} characters or fewer")
                .Must(name => !configured.Clients.Any(c => string.Equals(c.Name, name!.Trim(), StringComparison.OrdinalIgnoreCase)))
                .WithMessage(c => $"A client called {c.Name!.Trim()} is set in the configuration: enter a different name")
                .MustAsync(async (name, cancellationToken) => !await NameTakenAsync(db, name!, cancellationToken))
                .WithMessage(c => NameTaken(c.Name!));
            RuleFor(c => c.Agency).NotNull().WithMessage("Select the client's agency")
                .IsInEnum().WithMessage("Select the client's agency");
            RuleFor(c => c.Scopes).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Select what the client may do")
                .Must(s => s.All(scope => IntegrationOptions.KnownScopes.Contains(scope, StringComparer.Ordinal)))
                .WithMessage("Select only what is listed");
        }

        private static Task<bool> NameTakenAsync(AppDbContext db, string name, CancellationToken cancellationToken)
        {
            // Revoked clients keep their name, so the audit log's names stay unambiguous.
            var lowered = name.Trim().ToLowerInvariant();
#pragma warning disable CA1862, CA1311, CA1304 // translated to SQL: the provider's lower(), the same on every database
            return db.ApiClients.AnyAsync(c => c.Name.ToLower() == lowered, cancellationToken);
#pragma warning restore CA1862, CA1311, CA1304
        }
    }

    internal static string NameTaken(string name) => $"There is already a client called {name.Trim()}: enter a different name";

    public sealed class Handler(AppDbContext db, ICurrentActor actor, TimeProvider clock, DatabaseClientKeys keys) : ICommandHandler<Command, IssuedKey>
    {
        public async ValueTask<IssuedKey> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!actor.IsInRole(Roles.Administrator))
            {
                throw new UnauthorizedAccessException();
            }

            var key = ApiKeys.Generate();
            var client = new ApiClient
            {
                Name = command.Name!.Trim(),
                Agency = command.Agency!.Value,
                Scopes = ClientChoices.Join(command.Scopes),
                KeyHash = ApiKeys.Hash(key),
                KeyHint = ApiKeys.Hint(key),
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = actor.Name,
            };
            db.ApiClients.Add(client);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Another administrator created a client with this name at the same moment.
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Name), NameTaken(client.Name))]);
            }

            keys.Invalidate();
            return new IssuedKey(client.Id, client.Name, key, null);
        }
    }
}
