using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Meetings;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Meetings;

/// <summary>
/// A strategy meeting (R12), professionals meeting (R33) or long-missing review (R15) convened and recorded: date, attendees by agency, the
/// risk factors considered (003) and the actions with their owners (a SMART plan). Completes the matching open duty.
/// </summary>
public static class RecordMeeting
{
    public static readonly MeetingType[] Types = [MeetingType.StrategyMeeting, MeetingType.ProfessionalsMeeting, MeetingType.LongMissingReview];

    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string HeldAtLabel = "The date and time of the meeting";

    public const string ChooseType = "Select the type of meeting";

    /// <param name="DutyId">The duty the meeting was held for, when recorded from it: R33 in Medway, the police record the
    /// professionals meeting they organised (003) from their own page, without the child's case view.</param>
    public sealed record Command(
        Guid ChildId, MeetingType? Type, DateTimeOffset? HeldAt, string? Attendees, string? RiskFactors, string? Actions, IReadOnlyList<ValidationFailure>? InputErrors = null,
        Guid? DutyId = null)
        : ICommand<Guid>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Type).NotNull().WithMessage(ChooseType)
                .Must(t => Types.Contains(t!.Value)).When(c => c.Type is not null, ApplyConditionTo.CurrentValidator).WithMessage(ChooseType);
            RuleFor(c => c.HeldAt).NotNull().WithMessage("Enter the date and time of the meeting");
            RuleFor(c => c.HeldAt)
                .Must(v => v <= clock.GetUtcNow().AddMinutes(5)).WithMessage(InputMessages.NotInPast(HeldAtLabel))
                .When(c => c.HeldAt is not null);
            RuleFor(c => c.Attendees).NotEmpty().WithMessage("Enter who attended and their agency").MaximumLength(4000);
            RuleFor(c => c.RiskFactors).NotEmpty().WithMessage("Enter the risk factors considered").MaximumLength(8000);
            RuleFor(c => c.Actions).NotEmpty().WithMessage("Enter the actions agreed and who owns each").MaximumLength(8000);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var type = command.Type!.Value;
            var dutyType = DutyCompletion.DischargedBy(type);
            var open = db.DutyTasks.Where(t => t.ChildId == command.ChildId && t.Type == dutyType && t.Status == DutyStatus.Open);
            DutyTask? duty;
            if (command.DutyId is { } dutyId)
            {
                duty = await open.SingleOrDefaultAsync(t => t.Id == dutyId, cancellationToken)
                    ?? throw new ValidationException([new ValidationFailure(nameof(Command.HeldAt), "This duty has already been closed")]);

                // R33 (003): a duty given to the police is theirs to record; anyone else needs the child's case.
                if (!(actor.IsInRole(Domain.Roles.Police) && duty.AssigneeRole == Domain.Policy.PolicyRole.Police))
                {
                    await access.EnsureAsync(command.ChildId, RecordPart.Meetings, PartAccess.Change, cancellationToken);
                }
            }
            else
            {
                await access.EnsureAsync(command.ChildId, RecordPart.Meetings, PartAccess.Change, cancellationToken);
                duty = await open.OrderBy(t => t.DueAt).FirstOrDefaultAsync(cancellationToken);
            }

            await RecordedTimes.EnsureAsync(db, clock, command.ChildId, duty?.EpisodeId, nameof(Command.HeldAt), HeldAtLabel, command.HeldAt!.Value, cancellationToken);
            var meeting = new Meeting
            {
                ChildId = command.ChildId,
                EpisodeId = duty?.EpisodeId,
                DutyTaskId = duty?.Id,
                Type = type,
                HeldAt = command.HeldAt!.Value,
                Attendees = command.Attendees!.Trim(),
                RiskFactors = command.RiskFactors!.Trim(),
                Actions = command.Actions!.Trim(),
                RecordedByUserId = actor.UserId,
            };
            db.Meetings.Add(meeting);
            // R12, R15, R33: the meeting discharges the duty it was held for, the earliest due first.
            duty?.Complete(now, "Meeting recorded");

            await db.SaveChangesAsync(cancellationToken);
            return meeting.Id;
        }
    }
}
