using FluentValidation;
using Mediator;
using MissingChildren.Web.Domain.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Data;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R23: a child in our care chooses their social worker or an independent person to do the interview; a request
/// for an independent person is made within 24 hours of the choice.
/// </summary>
public static class ChooseInterviewer
{
    public sealed record Command(Guid RhiId, Guid Version, string? Choice, bool RequestMade) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Choice).Must(c => Enum.TryParse<InterviewerChoice>(c, out var v) && Enum.IsDefined(v))
                .WithMessage("Select who the child wants to do their interview");
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            if (!rules.OffersInterviewerChoice(child.OurLookedAfterChild))
            {
                throw RhiAccess.Invalid(nameof(Command.Choice), "Only a child in our care chooses who does their interview");
            }

            if (!rhi.IsInProgress)
            {
                throw RhiAccess.Invalid(nameof(Command.Choice), "The choice can only be recorded while the interview is being arranged");
            }

            var choice = Enum.Parse<InterviewerChoice>(command.Choice!);
            if (choice == InterviewerChoice.IndependentPerson)
            {
                if (rhi.InterviewerChoice != InterviewerChoice.IndependentPerson)
                {
                    rhi.IndependentPersonChosenAt = now;
                    rhi.IndependentRequestDueAt = rules.IndependentRequestDueAt(now);
                }

                if (command.RequestMade)
                {
                    rhi.IndependentRequestedAt ??= now;
                }
            }
            else
            {
                rhi.IndependentPersonChosenAt = null;
                rhi.IndependentRequestDueAt = null;
                rhi.IndependentRequestedAt = null;
            }

            rhi.InterviewerChoice = choice;
            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
