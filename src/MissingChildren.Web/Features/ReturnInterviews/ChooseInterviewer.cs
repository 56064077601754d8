using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R23: a child in our care chooses their social worker or an independent person to do the interview; a request
/// for an independent person is made within 24 hours of the choice; the independent service's answer and the date
/// it planned the interview for are recorded here too, so the follow-up and the manager's alert stop or start (R23).
/// </summary>
public static class ChooseInterviewer
{
    /// <param name="PlannedDate">R23: the date the independent service planned the interview for (ISO date), once it answered.</param>
    public sealed record Command(
        Guid RhiId, Guid Version, string? Choice, bool RequestMade, DateOnly? PlannedDate = null, IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string PlannedDateLabel = "The planned interview date";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Choice).Must(c => Enum.TryParse<InterviewerChoice>(c, out var v) && Enum.IsDefined(v))
                .WithMessage("Select who the child wants to do their interview");
            When(c => c.PlannedDate is not null, () =>
            {
                RuleFor(c => c.RequestMade).Equal(true)
                    .When(c => c.Choice == nameof(InterviewerChoice.IndependentPerson))
                    .WithMessage("Record that the request was made before the planned interview date");
                RuleFor(c => c.Choice).Equal(nameof(InterviewerChoice.IndependentPerson))
                    .When(c => Enum.TryParse<InterviewerChoice>(c.Choice, out _))
                    .WithMessage("Only an interview by an independent person has a planned date from the independent service");
            });
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            var closed = RhiStep.Run(nameof(Command.Choice), () => rhi.RecordInterviewerChoice(Enum.Parse<InterviewerChoice>(command.Choice!),
                rules.OffersInterviewerChoice(child.OurLookedAfterChild), command.RequestMade, command.PlannedDate, now, rules.IndependentRequestDueAt(now)));
            await RhiDuties.CloseAsync(db, rhi.Id, closed, now, cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
