using FluentValidation;
using Mediator;
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
    public sealed record Command(Guid RhiId, Guid Version, string? Consented, string? GivenByName, string? Reasons) : ICommand<Unit>, IConsentAnswer;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new ConsentAnswerRules());
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            var giver = rules.ConsentFrom(child.Age, child.OurLookedAfterChild);
            var closed = RhiStep.Run(nameof(Command.Consented), () => rhi.RecordConsent(
                giver, command.GivenByName, command.Consented == "yes", command.Reasons, now, rules.CompleteDueAt(rules.ClockStartedAt(rhi), now), actor.UserId));
            await RhiDuties.CloseAsync(db, rhi.Id, closed, now, cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
