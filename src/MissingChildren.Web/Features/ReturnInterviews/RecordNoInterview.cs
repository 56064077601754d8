using FluentValidation;
using Mediator;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R24: the interview was declined, or nobody could be reached: recorded with reasons and the support offered, the
/// interview date left blank. No contact is recorded only once the R20 attempts have been made.
/// </summary>
public static class RecordNoInterview
{
    public sealed record Command(Guid RhiId, Guid Version, string? Outcome, string? Reasons, string? SupportOffered, string? ParentsCarersViews = null) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ReturnInterviewRules rules)
        {
            RuleFor(c => c.Outcome).Must(o => o is nameof(RhiStatus.Declined) or nameof(RhiStatus.NoContact))
                .WithMessage("Select whether the interview was declined or there was no contact");

            // Room for R24's "Closed as declined after N unsuccessful attempts" before the reasons.
            RuleFor(c => c.Reasons).NotEmpty().WithMessage("Enter the reasons the interview did not happen")
                .MaximumLength(3800).WithMessage("The reasons must be 3,800 characters or fewer");
            RuleFor(c => c.SupportOffered).NotEmpty().WithMessage("Enter the support offered").MaximumLength(4000);

            // R25 (001 §2.5): "in all cases, including where a child or young person refuses an interview, their parents or carers should be spoken with".
            RuleFor(c => c.ParentsCarersViews).NotEmpty()
                .When(c => rules.Settings.ParentsSpokenWithInEveryCase && c.Outcome == nameof(RhiStatus.Declined))
                .WithMessage("Enter what the parents or carers said: they are spoken with even when the interview is declined");
            RuleFor(c => c.ParentsCarersViews).MaximumLength(4000);
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var outcome = Enum.Parse<RhiStatus>(command.Outcome!);
            ContactPattern? pattern = null;
            if (outcome == RhiStatus.NoContact)
            {
                // R20: no contact only after the attempts the profile asks for.
                var attempts = (await db.ContactAttempts.Where(a => a.ReturnHomeInterviewId == rhi.Id).Select(a => new { a.At, a.Method }).ToListAsync(cancellationToken))
                    .Select(a => (a.At, a.Method)).ToList();
                pattern = rules.ContactPattern(attempts, rhi.RequestedAt);
            }

            // R24 (003): no contact after the attempts by phone and letter is closed as declined where the profile says.
            var closeAsDeclined = rules.Settings.CloseAsDeclinedAfterUnsuccessfulAttempts;
            var closed = RhiStep.Run(nameof(Command.Outcome), () => rhi.RecordNoInterview(outcome, command.Reasons!, command.SupportOffered!, pattern, closeAsDeclined, command.ParentsCarersViews));
            await RhiDuties.CloseAsync(db, rhi.Id, closed, clock.GetUtcNow(), cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
