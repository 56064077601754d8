using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Episodes;

/// <summary>
/// A social worker records that a missing child was found or has returned. It is received exactly as a found
/// notification from the police is (<see cref="NotificationIntake"/>, which <see cref="ReceiveNotification"/> uses too), so
/// the episode is closed and the RHI (R17) and return duties (R18) are raised the same way. The safe and well check is
/// kept as a case note in the same unit of work: a retry after a conflict adds it again, so it is never dropped.
/// </summary>
public static class RecordFound
{
    public const string Source = "Social worker";

    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string FoundAtLabel = "When the child was found";

    public const string ChooseSafeAndWell = "Select whether a safe and well check was done";

    public sealed record Command(
        Guid ChildId, DateTimeOffset? FoundAt, string? FoundLocation, string? FoundBy, bool? SafeAndWellCheckDone, string? SafeAndWellCheck,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<Guid?>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.FoundAt).NotNull().WithMessage("Enter when the child was found");
            RuleFor(c => c.FoundAt)
                .Must(v => v <= clock.GetUtcNow().AddMinutes(5)).WithMessage(InputMessages.NotInPast(FoundAtLabel))
                .When(c => c.FoundAt is not null);
            RuleFor(c => c.FoundLocation).NotEmpty().WithMessage("Enter where the child was found").MaximumLength(400);
            RuleFor(c => c.FoundBy).NotEmpty().WithMessage("Enter who found the child or who they returned to").MaximumLength(200);
            RuleFor(c => c.SafeAndWellCheckDone).NotNull().WithMessage(ChooseSafeAndWell);
            RuleFor(c => c.SafeAndWellCheck).NotEmpty().When(c => c.SafeAndWellCheckDone == true).WithMessage("Enter what the safe and well check found");
            RuleFor(c => c.SafeAndWellCheck).MaximumLength(4000);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, NotificationIntake intake, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid?>
    {
        public async ValueTask<Guid?> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.Episodes, PartAccess.Change, cancellationToken);
            var child = await db.Children.AsNoTracking().Where(c => c.Id == command.ChildId).Select(c => new { c.Id, c.LocalId }).SingleAsync(cancellationToken);
            var episode = await db.Episodes.AsNoTracking()
                .Where(e => e.ChildId == child.Id && e.Status == EpisodeStatus.Open)
                .OrderByDescending(e => e.MissingFrom)
                .Select(e => new { e.Id, e.MissingFrom })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.FoundAt), "The child is not missing: there is no open episode to record a return for")]);

            var foundAt = command.FoundAt!.Value;
            if (foundAt < episode.MissingFrom)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.FoundAt), "The child cannot be found before they went missing")]);
            }

            // Saved with the found report and its duties: one unit of work, added again on every attempt.
            void AddSafeAndWellCheck()
            {
                if (command.SafeAndWellCheckDone != true)
                {
                    return;
                }

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

            var safeAndWellCheckDone = command.SafeAndWellCheckDone == true ? "Yes" : "No";
            var payload = JsonSerializer.Serialize(new
            {
                command.FoundAt, command.FoundLocation, command.FoundBy, safeAndWellCheckDone,
            });
            var result = await intake.ReceiveAsync(
                new ReceiveNotification.Command(
                    Source,
                    $"SW-{Guid.CreateVersion7():N}",
                    NotificationKind.Found,
                    new ReceiveNotification.ChildAsReported(child.LocalId, null, null, null),
                    MissingFrom: null,
                    ReportedAt: null,
                    FoundAt: foundAt,
                    RelatesTo: null,
                    PoliceRiskLevel: null,
                    LastSeenLocation: null,
                    FoundLocation: command.FoundLocation,
                    Circumstances: $"Found by or returned to: {command.FoundBy}. Safe and well check: {safeAndWellCheckDone}.",
                    Payload: payload),
                AddSafeAndWellCheck,
                cancellationToken);
            return result.EpisodeId;
        }
    }
}
