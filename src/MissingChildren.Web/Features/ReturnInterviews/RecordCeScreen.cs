using FluentValidation;
using Mediator;
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

            // R28: the screen is the CE duty of the episodes this interview covers; concerns lead to a full assessment.
            var closed = RhiStep.Run(nameof(Command.Outcome), () => rhi.RecordCeScreen(Enum.Parse<CeScreenOutcome>(command.Outcome!), rules.CeScreenRequired(child.Age), now));
            await RhiDuties.CloseAsync(db, rhi.Id, closed, now, cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
