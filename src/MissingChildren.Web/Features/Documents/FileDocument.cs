using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain;
using MissingChildren.Data;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Letters;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Documents;

/// <summary>
/// The manager confirms the Director letter was signed (R9, 001 §4.3: by the Director, or an Assistant Director in
/// their absence) or the Serious Incident Notification was sent to the Assistant Director (R31, 001 §3.4), with the
/// concerns and the actions. The PDF is generated, the document filed on the child's record, and the duty done.
/// </summary>
public static class FileDocument
{
    public const string Director = "Director";

    public const string AssistantDirector = "AssistantDirector";

    public sealed record Command(
        Guid TaskId,
        Guid Version,
        DocumentKind Kind,
        string? SignedBy,
        string? SignedAs,
        DateTimeOffset? SignedAt,
        string? SentTo,
        DateTimeOffset? SentAt,
        string? Summary,
        string? Actions,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<Result>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    /// <summary>What the dates are called in a message (<see cref="InputMessages"/>).</summary>
    public const string SignedAtLabel = "The date and time the letter was signed";

    public const string SentAtLabel = "The date and time the notification was sent";

    public sealed record Result(Guid DocumentId, Guid ChildId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            When(c => c.Kind == DocumentKind.DirectorLetter, () =>
            {
                RuleFor(c => c.SignedBy).NotEmpty().WithMessage("Enter the name of the person who signed the letter").MaximumLength(200);
                RuleFor(c => c.SignedAs).Must(s => s is Director or AssistantDirector)
                    .WithMessage("Select whether the Director or an Assistant Director signed the letter");
                RuleFor(c => c.SignedAt).NotNull().WithMessage("Enter the date and time the letter was signed");
                RuleFor(c => c.SignedAt)
                    .Must(v => InThePast(v, clock)).WithMessage(InputMessages.NotInPast(SignedAtLabel))
                    .When(c => c.SignedAt is not null);
                RuleFor(c => c.Summary).NotEmpty().WithMessage("Enter the concerns the letter tells the Director about").MaximumLength(4000);
            });
            When(c => c.Kind == DocumentKind.SeriousIncidentNotification, () =>
            {
                RuleFor(c => c.SentTo).NotEmpty().WithMessage("Enter the name of the Assistant Director it was sent to").MaximumLength(200);
                RuleFor(c => c.SentAt).NotNull().WithMessage("Enter the date and time the notification was sent");
                RuleFor(c => c.SentAt)
                    .Must(v => InThePast(v, clock)).WithMessage(InputMessages.NotInPast(SentAtLabel))
                    .When(c => c.SentAt is not null);
                RuleFor(c => c.Summary).NotEmpty().WithMessage("Enter a summary of the incident").MaximumLength(4000);
            });
            RuleFor(c => c.Actions).NotEmpty().WithMessage("Enter the actions taken and planned").MaximumLength(4000);
        }

        private static bool InThePast(DateTimeOffset? value, TimeProvider clock) => value <= clock.GetUtcNow().AddMinutes(5);
    }

    public sealed class Handler(AppDbContext db, DocumentDuties duties, LetterPdfWriter writer, ICurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var task = await duties.FindAsync(command.TaskId, cancellationToken);
            if (task is null || DocumentDuties.KindOf(task.Type) != command.Kind)
            {
                throw new RecordNotFoundException("No Director letter or Serious Incident Notification duty with that id.");
            }

            if (task.Status != DutyStatus.Open)
            {
                throw Invalid(command.Kind == DocumentKind.DirectorLetter ? nameof(Command.SignedBy) : nameof(Command.SentTo),
                    command.Kind == DocumentKind.DirectorLetter
                        ? "This Director letter has already been signed and filed on the child's record"
                        : "This Serious Incident Notification has already been sent and filed on the child's record");
            }

            db.Entry(task).Property(t => t.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            var profile = duties.Profile;
            var facts = await duties.FactsAsync(task, cancellationToken);
            var me = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? actor.Name;
            var letter = command.Kind == DocumentKind.DirectorLetter;
            var signedAt = (letter ? command.SignedAt : command.SentAt)!.Value;
            await RecordedTimes.EnsureAsync(db, clock, task.ChildId, task.EpisodeId, letter ? nameof(Command.SignedAt) : nameof(Command.SentAt),
                letter ? SignedAtLabel : SentAtLabel, signedAt, cancellationToken);
            var document = new FiledDocument
            {
                ChildId = task.ChildId,
                EpisodeId = task.EpisodeId,
                DutyTaskId = task.Id,
                Kind = command.Kind,
                Title = DocumentText.Title(command.Kind),
                From = DocumentText.From(profile),
                AddressedTo = DocumentText.AddressedTo(command.Kind, profile, facts, command.SentTo),
                ChildName = facts.ChildName,
                ChildLocalId = facts.ChildLocalId,
                Facts = DocumentText.Facts(command.Kind, profile, facts),
                Summary = command.Summary!.Trim(),
                Actions = command.Actions!.Trim(),
                SignedBy = letter ? command.SignedBy!.Trim() : me,
                SignedAs = letter
                    ? (command.SignedAs == Director ? DocumentText.DirectorTitle : $"{DocumentText.AssistantDirectorTitle}, for the Director")
                    : SenderRole(),
                SignedAt = signedAt,
                SentTo = letter ? facts.HomeAuthority ?? "The home authority" : command.SentTo!.Trim(),
                FiledAt = now,
                FiledBy = me,
                FiledByUserId = actor.UserId,
                Pdf = [],
            };
            document.Pdf = writer.Write(document, TimeZoneInfo.ConvertTime(signedAt, DocumentTimeZone));
            db.FiledDocuments.Add(document);

            task.Complete(now, letter
                ? $"Director letter signed by {document.SignedBy} and filed on the child's record"
                : $"Serious Incident Notification sent to {document.SentTo} and filed on the child's record");

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Filed by someone else at the same moment: the duty's document is already on the record.
                throw new DbUpdateConcurrencyException(Children.EditConflict.Message, ex);
            }

            return new Result(document.Id, document.ChildId);
        }

        private static readonly TimeZoneInfo DocumentTimeZone = TimeZoneInfo.FindSystemTimeZoneById(Domain.Time.WorkingCalendar.UkTimeZoneId);

        private string SenderRole() =>
            actor.IsInRole(Roles.TeamManager) ? "Team manager"
            : actor.IsInRole(Roles.HeadOfService) ? "Head of Service"
            : actor.IsInRole(Roles.Director) ? "Director" : "Manager";

        private static ValidationException Invalid(string property, string message) => new([new FluentValidation.Results.ValidationFailure(property, message)]);
    }
}
