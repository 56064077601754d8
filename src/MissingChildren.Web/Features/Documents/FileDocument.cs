using FluentValidation;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Letters;
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
        string? SignedAt,
        string? SentTo,
        string? SentAt,
        string? Summary,
        string? Actions) : ICommand<Result>;

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
                RuleFor(c => c.SignedAt).NotEmpty().WithMessage("Enter the date and time the letter was signed");
                RuleFor(c => c.SignedAt)
                    .Cascade(CascadeMode.Stop)
                    .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("The date and time the letter was signed must be a real date and time")
                    .Must(v => InThePast(v, clock)).WithMessage("The date and time the letter was signed must be in the past")
                    .When(c => !string.IsNullOrEmpty(c.SignedAt));
                RuleFor(c => c.Summary).NotEmpty().WithMessage("Enter the concerns the letter tells the Director about").MaximumLength(4000);
            });
            When(c => c.Kind == DocumentKind.SeriousIncidentNotification, () =>
            {
                RuleFor(c => c.SentTo).NotEmpty().WithMessage("Enter the name of the Assistant Director it was sent to").MaximumLength(200);
                RuleFor(c => c.SentAt).NotEmpty().WithMessage("Enter the date and time the notification was sent");
                RuleFor(c => c.SentAt)
                    .Cascade(CascadeMode.Stop)
                    .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("The date and time the notification was sent must be a real date and time")
                    .Must(v => InThePast(v, clock)).WithMessage("The date and time the notification was sent must be in the past")
                    .When(c => !string.IsNullOrEmpty(c.SentAt));
                RuleFor(c => c.Summary).NotEmpty().WithMessage("Enter a summary of the incident").MaximumLength(4000);
            });
            RuleFor(c => c.Actions).NotEmpty().WithMessage("Enter the actions taken and planned").MaximumLength(4000);
        }

        private static bool InThePast(string? value, TimeProvider clock) => Instants.ParseInstant(value) <= clock.GetUtcNow().AddMinutes(5);
    }

    public sealed class Handler(AppDbContext db, DocumentDuties duties, LetterPdfWriter writer, ICurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var task = await duties.FindAsync(command.TaskId, cancellationToken);
            if (task is null || DocumentDuties.KindOf(task.Type) != command.Kind)
            {
                throw new KeyNotFoundException("No Director letter or Serious Incident Notification duty with that id.");
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
            var signedAt = Instants.ParseInstant(letter ? command.SignedAt : command.SentAt)!.Value;
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

            task.Status = DutyStatus.Done;
            task.ClosedAt = now;
            task.ClosedReason = letter
                ? $"Director letter signed by {document.SignedBy} and filed on the child's record"
                : $"Serious Incident Notification sent to {document.SentTo} and filed on the child's record";

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
