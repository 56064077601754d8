using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// R1: the notification is about a child nobody knows yet. Front Door records the child from the report (checking the
/// details) and the notification is routed as if it had been linked on arrival (NotificationRouter). Only after a search
/// for the child (<c>SearchedFor</c>, what Front Door searched for), and never when a known child is a strong match: the
/// same local ID, or the same name and date of birth.
/// </summary>
public static class CreateChildFromNotification
{
    public sealed record Command(
        Guid NotificationId,
        Guid Version,
        string? LocalId,
        string? FirstName,
        string? LastName,
        DateOnly? DateOfBirth,
        IReadOnlyList<ValidationFailure>? InputErrors = null,
        string? SearchedFor = null)
        : ICommand<Result>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed record Result(Guid ChildId, string LocalId, Guid EpisodeId);

    public const string SearchFirst = "Search for the child before you create a new record: they may already be known";

    public const string KnownByNameAndDateOfBirth = "A child with this name and date of birth is already known: link the notification to them instead";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.SearchedFor).Must(s => s is not null && s.Trim().Length >= ChildSearch.MinimumLength).WithMessage(SearchFirst);
            RuleFor(c => c.LocalId).MaximumLength(64).WithMessage("Local ID must be 64 characters or fewer");
            RuleFor(c => c.FirstName).NotEmpty().WithMessage("Enter the child's first name").MaximumLength(100).WithMessage("First name must be 100 characters or fewer");
            RuleFor(c => c.LastName).NotEmpty().WithMessage("Enter the child's last name").MaximumLength(100).WithMessage("Last name must be 100 characters or fewer");
            RuleFor(c => c.DateOfBirth)
                .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage(InputMessages.NotInPast(ReceiveNotification.Labels.DateOfBirth))
                .When(c => c.DateOfBirth is not null);
        }
    }

    public sealed class Handler(AppDbContext db, NotificationRouter router, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var notification = await TriageChecks.AwaitingAsync(db, command.NotificationId, command.Version, cancellationToken);
            var localId = string.IsNullOrWhiteSpace(command.LocalId) ? NewLocalId() : command.LocalId.Trim();
            if (await db.Children.AnyAsync(c => c.LocalId == localId, cancellationToken))
            {
                throw TriageChecks.Fail(nameof(Command.LocalId), "A child with this local ID is already known: link the notification to them instead");
            }

            var first = command.FirstName!.Trim().ToUpperInvariant();
            var last = command.LastName!.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a case-insensitive match on every provider.
            if (command.DateOfBirth is { } dob
                && await db.Children.AnyAsync(c => c.DateOfBirth == dob && c.FirstName.ToUpper() == first && c.LastName.ToUpper() == last, cancellationToken))
#pragma warning restore CA1304, CA1311, CA1862
            {
                throw TriageChecks.Fail(nameof(Command.FirstName), KnownByNameAndDateOfBirth);
            }

            var child = new Child
            {
                LocalId = localId,
                FirstName = command.FirstName!.Trim(),
                LastName = command.LastName!.Trim(),
                DateOfBirth = command.DateOfBirth,
            };
            db.Children.Add(child);
            var episode = await router.RouteAsync(notification, child, clock.GetUtcNow(), cancellationToken)
                          ?? throw TriageChecks.Fail(nameof(Command.FirstName), LinkNotification.NoEpisodeToClose(notification));
            await TriageChecks.SaveAsync(db, cancellationToken);
            return new Result(child.Id, child.LocalId, episode.Id);
        }

        /// <summary>A readable id until the case management system sends its own: "MC-7F3A9C".</summary>
        private static string NewLocalId() => $"MC-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}";
    }
}
