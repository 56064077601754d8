using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notes;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Duties;

/// <summary>
/// Records a duty done whose work is telling someone, briefing or deciding (<see cref="DutyCompletion"/>): when, and
/// what was done, kept as a case note on the child's record. The duty closes and no longer escalates. A prevention plan that
/// is not completed is closed here too, where the profile says, with why (R29, 002 §4.13).
/// </summary>
public static class CompleteDuty
{
    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string DoneAtLabel = "When it was done";

    /// <param name="AsNotNeeded">The form asked why a plan is not completed (its messages say so); the handler decides from the duty.</param>
    public sealed record Command(Guid ChildId, Guid TaskId, Guid Version, DateTimeOffset? DoneAt, string? WhatWasDone, IReadOnlyList<ValidationFailure>? InputErrors = null,
        bool AsNotNeeded = false)
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
                .NotEmpty().WithMessage(c => c.AsNotNeeded ? "Enter why the plan is not being completed" : "Enter what was done, and who was told")
                .MaximumLength(2000).WithMessage(c => c.AsNotNeeded ? "Why the plan is not being completed must be 2,000 characters or fewer" : "What was done must be 2,000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, DutyScheduler scheduler, ICurrentActor actor, PolicyProfile profile, TimeProvider clock)
        : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.Duties, PartAccess.Change, cancellationToken);
            var task = await db.DutyTasks.SingleOrDefaultAsync(t => t.Id == command.TaskId && t.ChildId == command.ChildId, cancellationToken)
                       ?? throw new RecordNotFoundException("No such duty for this child.");
            if (task.Status != DutyStatus.Open)
            {
                throw Invalid("This duty has already been closed");
            }

            var notNeeded = DutyCompletion.MayCloseAsNotNeeded(task.Type, profile);
            if (!DutyCompletion.IsRecordedDirectly(task.Type, task.RuleId) && !notNeeded)
            {
                throw Invalid("This duty is done by making its record (the meeting, contact, interview, assessment or plan), not here");
            }

            await RecordedTimes.EnsureAsync(db, clock, task.ChildId, task.EpisodeId, nameof(Command.DoneAt), DoneAtLabel, command.DoneAt!.Value, cancellationToken);
            db.Entry(task).Property(t => t.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            var what = command.WhatWasDone!.Trim();
            _ = notNeeded
                ? task.Cancel(now, "Not completed: the reason is recorded as a case note")
                : task.Complete(now, "Recorded done on the child's record");
            task.Version = Guid.NewGuid();
            db.CaseNotes.Add(new CaseNote
            {
                ChildId = task.ChildId,
                EpisodeId = task.EpisodeId,
                Kind = CaseNoteKind.General,
                Title = notNeeded ? $"Not completed: {task.Title} ({task.RuleId})" : $"Duty done: {task.Title} ({task.RuleId})",
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
