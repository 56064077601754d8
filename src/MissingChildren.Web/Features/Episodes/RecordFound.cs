using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notes;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Episodes;

/// <summary>
/// A social worker records that a missing child was found or has returned. It goes through exactly the same use
/// case as a found notification from the police (<see cref="ReceiveNotification"/>), so the episode is closed and
/// the RHI (R17) and return duties (R18) are raised the same way. The safe and well check is kept as a case note
/// in the same transaction.
/// </summary>
public static class RecordFound
{
    public const string Source = "Social worker";

    public sealed record Command(Guid ChildId, string? FoundAt, string? FoundLocation, string? FoundBy, string? SafeAndWellCheckDone, string? SafeAndWellCheck) : ICommand<Guid?>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.FoundAt).NotEmpty().WithMessage("Enter when the child was found");
            RuleFor(c => c.FoundAt)
                .Cascade(CascadeMode.Stop)
                .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("When the child was found must be a real date and time")
                .Must(v => Instants.ParseInstant(v) <= clock.GetUtcNow().AddMinutes(5)).WithMessage("When the child was found must be in the past")
                .When(c => !string.IsNullOrEmpty(c.FoundAt));
            RuleFor(c => c.FoundLocation).NotEmpty().WithMessage("Enter where the child was found").MaximumLength(400);
            RuleFor(c => c.FoundBy).NotEmpty().WithMessage("Enter who found the child or who they returned to").MaximumLength(200);
            RuleFor(c => c.SafeAndWellCheckDone).NotEmpty().WithMessage("Select whether a safe and well check was done")
                .Must(v => v is "Yes" or "No").When(c => !string.IsNullOrEmpty(c.SafeAndWellCheckDone), ApplyConditionTo.CurrentValidator).WithMessage("Select whether a safe and well check was done");
            RuleFor(c => c.SafeAndWellCheck).NotEmpty().When(c => c.SafeAndWellCheckDone == "Yes").WithMessage("Enter what the safe and well check found");
            RuleFor(c => c.SafeAndWellCheck).MaximumLength(4000);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ISender mediator, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid?>
    {
        public async ValueTask<Guid?> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, cancellationToken);
            var child = await db.Children.AsNoTracking().Where(c => c.Id == command.ChildId).Select(c => new { c.Id, c.LocalId }).SingleAsync(cancellationToken);
            var episode = await db.Episodes.AsNoTracking()
                .Where(e => e.ChildId == child.Id && e.Status == EpisodeStatus.Open)
                .OrderByDescending(e => e.MissingFrom)
                .Select(e => new { e.Id, e.MissingFrom })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.FoundAt), "The child is not missing: there is no open episode to record a return for")]);

            var foundAt = Instants.ParseInstant(command.FoundAt)!.Value;
            if (foundAt < episode.MissingFrom)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.FoundAt), "The child cannot be found before they went missing")]);
            }

            if (command.SafeAndWellCheckDone == "Yes")
            {
                // Saved by the notification's SaveChanges: one transaction.
                db.CaseNotes.Add(new CaseNote
                {
                    ChildId = child.Id,
                    EpisodeId = episode.Id,
                    Kind = CaseNoteKind.SafeAndWellCheck,
                    Title = "Safe and well check",
                    OccurredAt = foundAt,
                    Text = command.SafeAndWellCheck!.Trim(),
                    WrittenAt = clock.GetUtcNow(),
                    WrittenBy = actor.Name,
                });
            }

            var payload = JsonSerializer.Serialize(new
            {
                command.FoundAt, command.FoundLocation, command.FoundBy, safeAndWellCheckDone = command.SafeAndWellCheckDone,
            });
            var result = await mediator.Send(
                new ReceiveNotification.Command(
                    Source,
                    $"SW-{Guid.CreateVersion7():N}",
                    "Found",
                    new ReceiveNotification.ChildAsReported(child.LocalId, null, null, null),
                    MissingFrom: null,
                    ReportedAt: null,
                    FoundAt: command.FoundAt,
                    RelatesTo: null,
                    PoliceRiskLevel: null,
                    LastSeenLocation: null,
                    FoundLocation: command.FoundLocation,
                    Circumstances: $"Found by or returned to: {command.FoundBy}. Safe and well check: {command.SafeAndWellCheckDone}.",
                    Payload: payload),
                cancellationToken);
            return result.EpisodeId;
        }
    }
}
