using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Education;
using MissingChildren.Data;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// R39 (004): the school absence meeting held with the parents or carers and a local authority representative: who
/// attended, when, the outcome, whether attendance at all lessons is monitored and whether a return interview was offered.
/// Closes the <c>SchoolAbsenceMeeting</c> duty it was held for.
/// </summary>
public static class RecordSchoolAbsenceMeeting
{
    public const string HeldOnLabel = "The date of the meeting";

    public sealed record Command(Guid DutyId, DateOnly? HeldOn, string? Attendees, string? Outcome, bool? MonitorAttendance, bool? ReturnInterviewOffered,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.HeldOn).NotNull().WithMessage("Enter the date of the meeting");
            RuleFor(c => c.HeldOn).Must(d => d <= CmeSteps.Today(clock)).When(c => c.HeldOn is not null).WithMessage(InputMessages.NotInPast(HeldOnLabel));
            RuleFor(c => c.Attendees).NotEmpty().WithMessage("Enter who attended: the parents or carers and the local authority representative").MaximumLength(4000);
            RuleFor(c => c.Outcome).NotEmpty().WithMessage("Enter the outcome of the meeting").MaximumLength(4000);
            RuleFor(c => c.MonitorAttendance).NotNull().WithMessage("Select whether attendance will be monitored");
            RuleFor(c => c.ReturnInterviewOffered).NotNull().WithMessage("Select whether a return interview was offered");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var duty = await db.DutyTasks.SingleOrDefaultAsync(t => t.Id == command.DutyId && t.Type == TaskType.SchoolAbsenceMeeting, cancellationToken)
                ?? throw new RecordNotFoundException();
            await access.EnsureAsync(duty.ChildId, RecordPart.Education, PartAccess.Change, cancellationToken);
            if (!duty.IsOpen)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.HeldOn), "This meeting has already been recorded")]);
            }

            db.SchoolAbsenceMeetings.Add(new SchoolAbsenceMeetingRecord
            {
                ChildId = duty.ChildId,
                DutyTaskId = duty.Id,
                HeldOn = command.HeldOn!.Value,
                Attendees = command.Attendees!.Trim(),
                Outcome = command.Outcome!.Trim(),
                MonitorAttendance = command.MonitorAttendance!.Value,
                ReturnInterviewOffered = command.ReturnInterviewOffered!.Value,
                RecordedBy = actor.Name,
            });
            duty.Complete(clock.GetUtcNow(), "School absence meeting recorded");
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
