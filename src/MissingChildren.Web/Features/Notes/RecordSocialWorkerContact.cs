using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notes;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notes;

/// <summary>
/// R18: the social worker's meaningful contact with the child after a return, recorded as the case note
/// "Missing return SW follow-up contact". Completes the episode's open SocialWorkerContact duty.
/// </summary>
public static class RecordSocialWorkerContact
{
    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string ContactAtLabel = "The date and time of the contact";

    public sealed record Command(Guid ChildId, DateTimeOffset? ContactAt, string? Summary, IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand<Guid>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.ContactAt).NotNull().WithMessage("Enter the date and time of the contact");
            RuleFor(c => c.ContactAt)
                .Must(v => v <= clock.GetUtcNow().AddMinutes(5)).WithMessage(InputMessages.NotInPast(ContactAtLabel))
                .When(c => c.ContactAt is not null);
            RuleFor(c => c.Summary).NotEmpty().WithMessage("Enter what the child said and what was agreed").MaximumLength(8000);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.CaseNotes, PartAccess.Change, cancellationToken);
            var now = clock.GetUtcNow();
            var contactAt = command.ContactAt!.Value;

            // The duty of the most recent return; otherwise the note stands on its own.
            var duty = await db.DutyTasks
                .Where(t => t.ChildId == command.ChildId && t.Type == TaskType.SocialWorkerContact && t.Status == DutyStatus.Open)
                .OrderBy(t => t.DueAt)
                .FirstOrDefaultAsync(cancellationToken);
            var episodeId = duty?.EpisodeId ?? await db.Episodes.Where(e => e.ChildId == command.ChildId && e.Status != EpisodeStatus.Open)
                .OrderByDescending(e => e.FoundAt).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);

            await RecordedTimes.EnsureAsync(db, clock, command.ChildId, episodeId, nameof(Command.ContactAt), ContactAtLabel, contactAt, cancellationToken);
            var note = new CaseNote
            {
                ChildId = command.ChildId,
                EpisodeId = episodeId,
                Kind = CaseNoteKind.SocialWorkerContact,
                Title = CaseNote.SocialWorkerContactTitle,
                OccurredAt = contactAt,
                Text = command.Summary!.Trim(),
                WrittenAt = now,
                WrittenBy = actor.Name,
            };
            db.CaseNotes.Add(note);

            // R18: the contact discharges the duty.
            duty?.Complete(now, "Social worker contact recorded");

            await db.SaveChangesAsync(cancellationToken);
            return note.Id;
        }
    }
}
