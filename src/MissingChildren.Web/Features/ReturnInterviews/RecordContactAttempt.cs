using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
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
            if (rhi.Status == RhiStatus.Requested)
            {
                throw RhiAccess.Invalid(nameof(Command.At), "Allocate the interview to a worker before recording contact attempts");
            }

            if (!rhi.IsInProgress)
            {
                throw RhiAccess.Invalid(nameof(Command.At), "You cannot add an attempt to an interview that has been concluded");
            }

            var at = Instants.ParseInstant(command.At)!.Value;
            db.ContactAttempts.Add(new ContactAttempt
            {
                ReturnHomeInterviewId = rhi.Id,
                At = at,
                Method = command.Method!,
                Contacted = command.Contacted!,
                Outcome = command.Outcome!,
                RecordedByUserId = actor.UserId,
            });

            var now = clock.GetUtcNow();
            if (command.Outcome == RhiOptions.Offered && rhi.Status == RhiStatus.Allocated)
            {
                // R17: the interview has been offered.
                rhi.Status = RhiStatus.Offered;
                await RhiDuties.CompleteAsync(db, rhi.Id, [TaskType.ReturnHomeInterview], "Interview offered", now, cancellationToken, RuleIds.RhiOffer);
            }

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
