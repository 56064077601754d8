using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>R28 (002 §4.12): the child exploitation screen for a missing child aged 13 and over, done with the interview.</summary>
public static class RecordCeScreen
{
    public sealed record Command(Guid RhiId, Guid Version, string? Outcome) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).Must(o => RhiOptions.IsOneOf(RhiOptions.CeOutcomes, o)).WithMessage("Select the outcome of the CE screen");
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            if (!rules.CeScreenRequired(child.Age))
            {
                throw RhiAccess.Invalid(nameof(Command.Outcome), "A CE screen is not part of this child's interview");
            }

            if (rhi.Status is RhiStatus.Requested or RhiStatus.AwaitingAuthorisation or RhiStatus.Authorised)
            {
                throw RhiAccess.Invalid(nameof(Command.Outcome), rhi.Status == RhiStatus.Requested
                    ? "Allocate the interview to a worker first"
                    : "The interview has been sent for authorisation");
            }

            rhi.CeScreenOutcome = Enum.Parse<CeScreenOutcome>(command.Outcome!);
            rhi.CeScreenCompletedAt = now;

            // R28: the screen is the CE duty of the episodes this interview covers; concerns lead to a full assessment.
            if (rhi.CeScreenOutcome != CeScreenOutcome.ConcernsFullAssessmentNeeded)
            {
                await RhiDuties.CompleteAsync(db, rhi.Id, [TaskType.CeRiskAssessment], "CE screen completed with the return home interview", now, cancellationToken, RuleIds.ExploitationAssessment);
            }

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
