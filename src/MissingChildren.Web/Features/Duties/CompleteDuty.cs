using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notes;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Duties;

/// <summary>
/// Records a duty done whose work is telling someone, briefing or deciding (<see cref="DutyCompletion"/>): when, and
/// what was done, kept as a case note on the child's record. The duty closes and no longer escalates.
/// </summary>
public static class CompleteDuty
{
    public sealed record Command(Guid ChildId, Guid TaskId, Guid Version, string? DoneAt, string? WhatWasDone) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.DoneAt).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter when it was done")
                .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("When it was done must be a real date and time")
                .Must(v => Instants.ParseInstant(v) <= clock.GetUtcNow().AddMinutes(5)).WithMessage("When it was done must be in the past");
            RuleFor(c => c.WhatWasDone).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what was done, and who was told")
                .MaximumLength(2000).WithMessage("What was done must be 2,000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, cancellationToken);
            var task = await db.DutyTasks.SingleOrDefaultAsync(t => t.Id == command.TaskId && t.ChildId == command.ChildId, cancellationToken)
                       ?? throw new KeyNotFoundException("No such duty for this child.");
            if (task.Status != DutyStatus.Open)
            {
                throw Invalid("This duty has already been closed");
            }

            if (!DutyCompletion.IsRecordedDirectly(task.Type))
            {
                throw Invalid("This duty is done by making its record (the meeting, contact, interview, assessment or plan), not here");
            }

            db.Entry(task).Property(t => t.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            var what = command.WhatWasDone!.Trim();
            task.Status = DutyStatus.Done;
            task.ClosedAt = now;
            task.ClosedReason = "Recorded done on the child's record";
            task.Version = Guid.NewGuid();
            db.CaseNotes.Add(new CaseNote
            {
                ChildId = task.ChildId,
                EpisodeId = task.EpisodeId,
                Kind = CaseNoteKind.General,
                Title = $"Duty done: {task.Title} ({task.RuleId})",
                OccurredAt = Instants.ParseInstant(command.DoneAt)!.Value,
                Text = what,
                WrittenAt = now,
                WrittenBy = actor.Name,
            });
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private static ValidationException Invalid(string message) => new([new FluentValidation.Results.ValidationFailure(nameof(Command.WhatWasDone), message)]);
    }
}
