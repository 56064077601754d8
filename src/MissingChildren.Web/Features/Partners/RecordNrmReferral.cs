using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Partners;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Partners;

/// <summary>
/// R44 (003 "Modern Slavery"): records the National Referral Mechanism referral made (when, its reference, who made it),
/// which closes the allocated social worker's duty to make it. No consent is needed for a child.
/// </summary>
public static class RecordNrmReferral
{
    public const string MadeAtLabel = "When the referral was made";

    public sealed record Command(Guid ChildId, Guid TaskId, Guid Version, DateTimeOffset? MadeAt, string? Reference, string? MadeBy,
        IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.MadeAt).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter when the referral was made")
                .Must(v => v <= clock.GetUtcNow().AddMinutes(5)).WithMessage(InputMessages.NotInPast(MadeAtLabel));
            RuleFor(c => c.Reference).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the referral's reference")
                .MaximumLength(100).WithMessage("The reference must be 100 characters or fewer");
            RuleFor(c => c.MadeBy).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter who made the referral")
                .MaximumLength(200).WithMessage("Who made the referral must be 200 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, DutyScheduler scheduler, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.Duties, PartAccess.Change, cancellationToken);
            var task = await PartnerDuties.OpenAsync(db, command.ChildId, command.TaskId, TaskType.NrmReferral, nameof(Command.Reference), cancellationToken);
            await RecordedTimes.EnsureAsync(db, clock, task.ChildId, task.EpisodeId, nameof(Command.MadeAt), MadeAtLabel, command.MadeAt!.Value, cancellationToken);
            db.Entry(task).Property(t => t.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            db.PartnerRecords.Add(new PartnerRecord
            {
                ChildId = task.ChildId,
                EpisodeId = task.EpisodeId,
                DutyTaskId = task.Id,
                Kind = PartnerRecordKind.NrmReferral,
                Recipient = DutyEngine.NrmRecipient,
                Reference = command.Reference!.Trim(),
                MadeBy = command.MadeBy!.Trim(),
                At = command.MadeAt!.Value,
                RecordedAt = now,
                RecordedBy = actor.Name,
            });
            task.Complete(now, $"National Referral Mechanism referral made ({task.RuleId})");
            task.Version = Guid.NewGuid();
            await PartnerDuties.AfterClosingAsync(scheduler, task, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
