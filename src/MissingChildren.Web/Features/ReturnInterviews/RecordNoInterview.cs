using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
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
            if (rhi.Status == RhiStatus.Requested)
            {
                throw RhiAccess.Invalid(nameof(Command.Outcome), "Allocate the interview to a worker first");
            }

            if (!rhi.IsInProgress && rhi.Status != RhiStatus.Declined && !(rhi.IsCorrection && rhi.IsConcluded))
            {
                throw RhiAccess.Invalid(nameof(Command.Outcome), "The interview has already been concluded");
            }

            var outcome = Enum.Parse<RhiStatus>(command.Outcome!);
            if (outcome == RhiStatus.NoContact)
            {
                // R20: no contact only after the attempts the profile asks for.
                var attempts = (await db.ContactAttempts.Where(a => a.ReturnHomeInterviewId == rhi.Id).Select(a => new { a.At, a.Method }).ToListAsync(cancellationToken))
                    .Select(a => (a.At, a.Method)).ToList();
                var pattern = rules.ContactPattern(attempts, rhi.RequestedAt);
                if (!pattern.IsMet)
                {
                    throw RhiAccess.Invalid(nameof(Command.Outcome), $"Before recording no contact, make {string.Join(", ", pattern.Missing)}");
                }
            }

            rhi.Status = outcome;
            rhi.InterviewedAt = null;
            rhi.NotHeldReasons = command.Reasons!.Trim();
            rhi.SupportOffered = command.SupportOffered!.Trim();
            await RhiDuties.CompleteAsync(db, rhi.Id, [TaskType.ReturnHomeInterview],
                outcome == RhiStatus.Declined ? "Interview declined" : "No contact after the attempts", clock.GetUtcNow(), cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
