using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notes;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notes;

/// <summary>
/// R18: the social worker's meaningful contact with the child after a return, recorded as the case note
/// "Missing return SW follow-up contact". Completes the episode's open SocialWorkerContact duty.
/// </summary>
public static class RecordSocialWorkerContact
{
    public sealed record Command(Guid ChildId, string? ContactAt, string? Summary) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.ContactAt).NotEmpty().WithMessage("Enter the date and time of the contact");
            RuleFor(c => c.ContactAt)
                .Cascade(CascadeMode.Stop)
                .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("The date and time of the contact must be a real date and time")
                .Must(v => Instants.ParseInstant(v) <= clock.GetUtcNow().AddMinutes(5)).WithMessage("The date and time of the contact must be in the past")
                .When(c => !string.IsNullOrEmpty(c.ContactAt));
            RuleFor(c => c.Summary).NotEmpty().WithMessage("Enter what the child said and what was agreed").MaximumLength(8000);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, cancellationToken);
            var now = clock.GetUtcNow();
            var contactAt = Instants.ParseInstant(command.ContactAt)!.Value;

            // The duty of the most recent return; otherwise the note stands on its own.
            var duty = await db.DutyTasks
                .Where(t => t.ChildId == command.ChildId && t.Type == TaskType.SocialWorkerContact && t.Status == DutyStatus.Open)
                .OrderBy(t => t.DueAt)
                .FirstOrDefaultAsync(cancellationToken);
            var episodeId = duty?.EpisodeId ?? await db.Episodes.Where(e => e.ChildId == command.ChildId && e.Status != EpisodeStatus.Open)
                .OrderByDescending(e => e.FoundAt).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);

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

            if (duty is not null)
            {
                duty.Status = DutyStatus.Done;
                duty.ClosedAt = now;
                duty.ClosedReason = "Social worker contact recorded";
            }

            await db.SaveChangesAsync(cancellationToken);
            return note.Id;
        }
    }
}
