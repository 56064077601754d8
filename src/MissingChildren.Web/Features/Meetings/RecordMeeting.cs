using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Meetings;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Meetings;

/// <summary>
/// A strategy meeting (R12) or professionals meeting (R15) convened and recorded: date, attendees by agency, the
/// risk factors considered (003) and the actions with their owners (a SMART plan). Completes the matching open duty.
/// </summary>
public static class RecordMeeting
{
    public static readonly MeetingType[] Types = [MeetingType.StrategyMeeting, MeetingType.ProfessionalsMeeting];

    public sealed record Command(Guid ChildId, string? Type, string? HeldAt, string? Attendees, string? RiskFactors, string? Actions) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Type).NotEmpty().WithMessage("Select the type of meeting")
                .Must(t => Types.Any(m => m.ToString() == t)).When(c => !string.IsNullOrEmpty(c.Type), ApplyConditionTo.CurrentValidator).WithMessage("Select the type of meeting");
            RuleFor(c => c.HeldAt).NotEmpty().WithMessage("Enter the date and time of the meeting");
            RuleFor(c => c.HeldAt)
                .Cascade(CascadeMode.Stop)
                .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("The date and time of the meeting must be a real date and time")
                .Must(v => Instants.ParseInstant(v) <= clock.GetUtcNow().AddMinutes(5)).WithMessage("The date and time of the meeting must be in the past")
                .When(c => !string.IsNullOrEmpty(c.HeldAt));
            RuleFor(c => c.Attendees).NotEmpty().WithMessage("Enter who attended and their agency").MaximumLength(4000);
            RuleFor(c => c.RiskFactors).NotEmpty().WithMessage("Enter the risk factors considered").MaximumLength(8000);
            RuleFor(c => c.Actions).NotEmpty().WithMessage("Enter the actions agreed and who owns each").MaximumLength(8000);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, cancellationToken);
            var now = clock.GetUtcNow();
            var type = Enum.Parse<MeetingType>(command.Type!);
            var dutyType = type == MeetingType.StrategyMeeting ? TaskType.StrategyMeeting : TaskType.ProfessionalsMeeting;
            var duty = await db.DutyTasks
                .Where(t => t.ChildId == command.ChildId && t.Type == dutyType && t.Status == DutyStatus.Open)
                .OrderBy(t => t.DueAt)
                .FirstOrDefaultAsync(cancellationToken);

            var meeting = new Meeting
            {
                ChildId = command.ChildId,
                EpisodeId = duty?.EpisodeId,
                DutyTaskId = duty?.Id,
                Type = type,
                HeldAt = Instants.ParseInstant(command.HeldAt)!.Value,
                Attendees = command.Attendees!.Trim(),
                RiskFactors = command.RiskFactors!.Trim(),
                Actions = command.Actions!.Trim(),
                RecordedByUserId = actor.UserId,
            };
            db.Meetings.Add(meeting);
            if (duty is not null)
            {
                duty.Status = DutyStatus.Done;
                duty.ClosedAt = now;
                duty.ClosedReason = "Meeting recorded";
            }

            await db.SaveChangesAsync(cancellationToken);
            return meeting.Id;
        }
    }
}
