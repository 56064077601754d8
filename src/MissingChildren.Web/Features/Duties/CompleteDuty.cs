using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notes;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Duties;

/// <summary>
/// Records a duty done whose work is telling someone, briefing or deciding (<see cref="DutyCompletion"/>): when, and
/// what was done, kept as a case note on the child's record. The duty closes and no longer escalates.
/// </summary>
public static class CompleteDuty
{
    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string DoneAtLabel = "When it was done";

    public sealed record Command(Guid ChildId, Guid TaskId, Guid Version, DateTimeOffset? DoneAt, string? WhatWasDone, IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.DoneAt).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter when it was done")
                .Must(v => v <= clock.GetUtcNow().AddMinutes(5)).WithMessage(InputMessages.NotInPast(DoneAtLabel));
            RuleFor(c => c.WhatWasDone).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what was done, and who was told")
                .MaximumLength(2000).WithMessage("What was done must be 2,000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, DutyScheduler scheduler, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, cancellationToken);
            var task = await db.DutyTasks.SingleOrDefaultAsync(t => t.Id == command.TaskId && t.ChildId == command.ChildId, cancellationToken)
                       ?? throw new RecordNotFoundException("No such duty for this child.");
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
            task.Complete(now, "Recorded done on the child's record");
            task.Version = Guid.NewGuid();
            db.CaseNotes.Add(new CaseNote
            {
                ChildId = task.ChildId,
                EpisodeId = task.EpisodeId,
                Kind = CaseNoteKind.General,
                Title = $"Duty done: {task.Title} ({task.RuleId})",
                OccurredAt = command.DoneAt!.Value,
                Text = what,
                WrittenAt = now,
                WrittenBy = actor.Name,
            });

            // R8, R30: the last duty of an episode without our RHI may be what it was waiting for to close.
            if (task.EpisodeId is { } episodeId)
            {
                await scheduler.ApplyAsync([episodeId], now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private static ValidationException Invalid(string message) => new([new FluentValidation.Results.ValidationFailure(nameof(Command.WhatWasDone), message)]);
    }
}
