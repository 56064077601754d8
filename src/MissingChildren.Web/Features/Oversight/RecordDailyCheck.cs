using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Data;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notes;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// R16 (001 §5.1): the team manager records the day's check of a missing child's record: when they checked it and what
/// they checked (the record's accuracy, the social worker's liaison with the police, family and professionals), kept as a
/// case note on the child's record. The day's duty closes and no longer escalates. Only a manager who oversees the duty
/// records it: the team manager of the team holding it, a Head of Service or the Director (<see cref="ManagerScope"/>).
/// </summary>
public static class RecordDailyCheck
{
    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string CheckedAtLabel = "When you checked the record";

    public sealed record Command(Guid ChildId, Guid TaskId, Guid Version, DateTimeOffset? CheckedAt, string? WhatWasChecked, IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.CheckedAt).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter when you checked the record")
                .Must(v => v <= clock.GetUtcNow().AddMinutes(5)).WithMessage(InputMessages.NotInPast(CheckedAtLabel));
            RuleFor(c => c.WhatWasChecked).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what you checked and what needs to happen next")
                .MaximumLength(2000).WithMessage("What you checked must be 2,000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ManagerScope scope, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.Duties, PartAccess.Change, cancellationToken);
            var task = await db.DutyTasks.SingleOrDefaultAsync(t => t.Id == command.TaskId && t.ChildId == command.ChildId && t.Type == TaskType.DailyCheck, cancellationToken)
                       ?? throw new RecordNotFoundException("No such daily check for this child.");
            if (!await (await scope.DutiesAsync(cancellationToken)).AnyAsync(t => t.Id == task.Id, cancellationToken))
            {
                throw new UnauthorizedAccessException("Only the team manager of the team holding the child, a Head of Service or the Director records the daily check.");
            }

            if (task.Status != DutyStatus.Open)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.WhatWasChecked), "This daily check has already been recorded")]);
            }

            await RecordedTimes.EnsureAsync(db, clock, task.ChildId, task.EpisodeId, nameof(Command.CheckedAt), CheckedAtLabel, command.CheckedAt!.Value, cancellationToken);
            db.Entry(task).Property(t => t.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            task.Complete(now, "The team manager checked the record");
            task.Version = Guid.NewGuid();
            db.CaseNotes.Add(new CaseNote
            {
                ChildId = task.ChildId,
                EpisodeId = task.EpisodeId,
                Kind = CaseNoteKind.General,
                Title = $"Daily check of the record ({task.RuleId})",
                OccurredAt = command.CheckedAt!.Value,
                Text = command.WhatWasChecked!.Trim(),
                WrittenAt = now,
                WrittenBy = actor.Name,
            });
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
