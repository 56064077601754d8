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
/// R41, R42: records that another local authority was told (the person or team, how, and when), which closes the duty to
/// tell it. Only the record closes it: there is no other way to record this duty done.
/// </summary>
public static class RecordAuthorityTold
{
    public const string ToldAtLabel = "When they were told";

    public sealed record Command(Guid ChildId, Guid TaskId, Guid Version, string? PersonOrTeam, ContactMethod? Method, DateTimeOffset? ToldAt,
        IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.PersonOrTeam).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the person or team who was told")
                .MaximumLength(200).WithMessage("The person or team must be 200 characters or fewer");
            RuleFor(c => c.Method).NotNull().WithMessage("Select how they were told");
            RuleFor(c => c.ToldAt).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter when they were told")
                .Must(v => v <= clock.GetUtcNow().AddMinutes(5)).WithMessage(InputMessages.NotInPast(ToldAtLabel));
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, DutyScheduler scheduler, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.Duties, PartAccess.Change, cancellationToken);
            var task = await PartnerDuties.OpenAsync(db, command.ChildId, command.TaskId, TaskType.OtherAuthorityNotification, nameof(Command.PersonOrTeam), cancellationToken);
            await RecordedTimes.EnsureAsync(db, clock, task.ChildId, task.EpisodeId, nameof(Command.ToldAt), ToldAtLabel, command.ToldAt!.Value, cancellationToken);
            db.Entry(task).Property(t => t.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            db.PartnerRecords.Add(new PartnerRecord
            {
                ChildId = task.ChildId,
                EpisodeId = task.EpisodeId,
                DutyTaskId = task.Id,
                Kind = PartnerRecordKind.OtherAuthorityTold,
                Recipient = task.Partner ?? "Another local authority",
                PersonOrTeam = command.PersonOrTeam!.Trim(),
                Method = command.Method,
                At = command.ToldAt!.Value,
                RecordedAt = now,
                RecordedBy = actor.Name,
            });
            task.Complete(now, $"{task.Partner ?? "The authority"} told ({task.RuleId})");
            task.Version = Guid.NewGuid();
            await PartnerDuties.AfterClosingAsync(scheduler, task, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
