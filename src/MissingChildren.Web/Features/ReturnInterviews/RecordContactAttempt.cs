using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>R20: the worker records an attempt to contact the child or family: when, how, who and what happened.</summary>
public static class RecordContactAttempt
{
    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string AtLabel = "When the attempt was made";

    public sealed record Command(
        Guid RhiId, Guid Version, DateTimeOffset? At, string? Method, string? Contacted, string? Outcome, IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.At).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter when the attempt was made")
                .Must(at => at <= clock.GetUtcNow()).WithMessage(InputMessages.NotInPast(AtLabel));
            RuleFor(c => c.Method).Must(m => RhiOptions.IsOneOf(RhiOptions.Methods, m)).WithMessage("Select how you tried to make contact");
            RuleFor(c => c.Contacted).Must(m => RhiOptions.IsOneOf(RhiOptions.Contacted, m)).WithMessage("Select who you tried to contact");
            RuleFor(c => c.Outcome).Must(m => RhiOptions.IsOneOf(RhiOptions.Outcomes, m)).WithMessage("Select what happened");
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            await RecordedTimes.EnsureAsync(db, clock, rhi, nameof(Command.At), AtLabel, command.At!.Value, cancellationToken);
            var attempt = new ContactAttempt
            {
                At = command.At!.Value,
                Method = command.Method!,
                Contacted = command.Contacted!,
                Outcome = command.Outcome!,
                RecordedByUserId = actor.UserId,
            };

            // R17: an attempt that offered the interview is the offer.
            var closed = RhiStep.Run(nameof(Command.At), () => rhi.RecordContactAttempt(attempt, command.Outcome == RhiOptions.Offered));
            await RhiDuties.CloseAsync(db, rhi.Id, closed, clock.GetUtcNow(), cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
