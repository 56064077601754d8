using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R22: consent to the interview from the right person (a parent or carer under 16, the child at 16 or over, assumed
/// for our looked-after children), or a refusal with its reasons. Consent starts the R21 completion clock.
/// </summary>
public static class RecordConsent
{
    public sealed record Command(Guid RhiId, Guid Version, string? Consented, string? GivenByName, string? Reasons) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Consented).Must(c => c is "yes" or "no").WithMessage("Select whether consent was given");
            RuleFor(c => c.GivenByName).MaximumLength(80).WithMessage("Name must be 80 characters or fewer");
            RuleFor(c => c.Reasons).NotEmpty().When(c => c.Consented == "no").WithMessage("Enter the reasons consent was refused");
            RuleFor(c => c.Reasons).MaximumLength(4000).WithMessage("Reasons must be 4000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            if (rhi.Status == RhiStatus.Requested)
            {
                throw RhiAccess.Invalid(nameof(Command.Consented), "Allocate the interview to a worker before recording consent");
            }

            if (!rhi.IsInProgress)
            {
                throw RhiAccess.Invalid(nameof(Command.Consented), "Consent can only be recorded while the interview is being arranged");
            }

            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            var giver = rules.ConsentFrom(child.Age, child.OurLookedAfterChild);
            if (giver != ConsentGiver.Assumed && string.IsNullOrWhiteSpace(command.GivenByName))
            {
                throw RhiAccess.Invalid(nameof(Command.GivenByName), giver == ConsentGiver.Child
                    ? "Enter the name of the child: at 16 or over the child gives their own consent"
                    : "Enter the name of the parent or carer: a child under 16 needs a parent's or carer's consent");
            }

            var consented = command.Consented == "yes";
            db.ConsentRecords.Add(new ConsentRecord
            {
                ReturnHomeInterviewId = rhi.Id,
                At = now,
                GivenBy = giver == ConsentGiver.Assumed ? nameof(ConsentGiver.Assumed) : $"{giver}: {command.GivenByName!.Trim()}",
                Consented = consented,
                Reasons = consented ? null : command.Reasons!.Trim(),
                RecordedByUserId = actor.UserId,
            });

            if (consented)
            {
                rhi.Status = RhiStatus.Accepted;
                rhi.AcceptedAt = now;
                rhi.CompleteDueAt = rules.CompleteDueAt(rhi.RequestedAt, now);
                await RhiDuties.CompleteAsync(db, rhi.Id, [TaskType.ReturnHomeInterview], "Interview offered and accepted", now, cancellationToken, RuleIds.RhiOffer);
            }
            else
            {
                // R22, R24: a refusal is recorded with its reasons; the interview date stays blank.
                rhi.Status = RhiStatus.Declined;
                rhi.NotHeldReasons = command.Reasons!.Trim();
                rhi.InterviewedAt = null;
                await RhiDuties.CompleteAsync(db, rhi.Id, [TaskType.ReturnHomeInterview], "Interview offered and refused", now, cancellationToken, RuleIds.RhiOffer);
            }

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
