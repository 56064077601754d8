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
    public sealed record Command(Guid RhiId, Guid Version, string? Outcome, string? Reasons, string? SupportOffered) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).Must(o => o is nameof(RhiStatus.Declined) or nameof(RhiStatus.NoContact))
                .WithMessage("Select whether the interview was declined or there was no contact");
            RuleFor(c => c.Reasons).NotEmpty().WithMessage("Enter the reasons the interview did not happen").MaximumLength(4000);
            RuleFor(c => c.SupportOffered).NotEmpty().WithMessage("Enter the support offered").MaximumLength(4000);
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

            var closed = RhiStep.Run(nameof(Command.Outcome), () => rhi.RecordNoInterview(outcome, command.Reasons!, command.SupportOffered!, pattern));
            await RhiDuties.CloseAsync(db, rhi.Id, closed, clock.GetUtcNow(), cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
