using FluentValidation;
using Mediator;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>R20: the worker records an attempt to contact the child or family: when, how, who and what happened.</summary>
public static class RecordContactAttempt
{
    public sealed record Command(Guid RhiId, Guid Version, string? At, string? Method, string? Contacted, string? Outcome) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.At).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter when the attempt was made")
                .Must(a => Instants.TryParseInstant(a, out _)).WithMessage("When the attempt was made must be a real date and time")
                .Must(a => Instants.ParseInstant(a) is not { } at || at <= clock.GetUtcNow()).WithMessage("When the attempt was made must be in the past");
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
            var attempt = new ContactAttempt
            {
                At = Instants.ParseInstant(command.At)!.Value,
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
