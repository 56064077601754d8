using FluentValidation;
using Mediator;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R6 (001 §1.6.1): out of hours, with the next working day 16 to 47 hours away, the Emergency Duty Team worker asks
/// the child who they would like to do their interview and seeks consent (R22); the duty closes and the interview
/// passes to the daytime service to allocate.
/// </summary>
public static class AskChildOutOfHours
{
    public sealed record Command(Guid RhiId, Guid Version, string? Choice, string? Consented, string? GivenByName, string? Reasons) : ICommand<Unit>, IConsentAnswer;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Choice).Must(c => Enum.TryParse<InterviewerChoice>(c, out var v) && Enum.IsDefined(v))
                .WithMessage("Select who the child wants to do their interview");
            Include(new ConsentAnswerRules());
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var scope = await access.ScopeAsync(cancellationToken);
            if (!(await RhiAllocation.DutiesOfAsync(db, rhi.Id, scope, cancellationToken)).AskOutOfHours)
            {
                throw RhiAccess.Invalid(nameof(Command.Choice), "There is no out-of-hours duty to ask this child");
            }

            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            var closed = RhiStep.Run(nameof(Command.Choice), () => rhi.RecordOutOfHoursAnswer(
                Enum.Parse<InterviewerChoice>(command.Choice!), rules.OffersInterviewerChoice(child.OurLookedAfterChild),
                rules.ConsentFrom(child.Age, child.OurLookedAfterChild), command.GivenByName, command.Consented == "yes", command.Reasons,
                now, rules.IndependentRequestDueAt(now), actor.UserId));
            await RhiDuties.CloseAsync(db, rhi.Id, closed, now, cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
