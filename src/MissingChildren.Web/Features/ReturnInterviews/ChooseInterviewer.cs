using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R23: a child in our care chooses their social worker or an independent person to do the interview; a request
/// for an independent person is made within 24 hours of the choice; the independent service's answer and the date
/// it planned the interview for are recorded here too, so the follow-up and the manager's alert stop or start (R23).
/// </summary>
public static class ChooseInterviewer
{
    /// <param name="PlannedDate">R23: the date the independent service planned the interview for (ISO date), once it answered.</param>
    public sealed record Command(Guid RhiId, Guid Version, string? Choice, bool RequestMade, string? PlannedDate = null) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Choice).Must(c => Enum.TryParse<InterviewerChoice>(c, out var v) && Enum.IsDefined(v))
                .WithMessage("Select who the child wants to do their interview");
            When(c => !string.IsNullOrWhiteSpace(c.PlannedDate), () =>
            {
                RuleFor(c => c.PlannedDate).Must(d => Instants.TryParseDate(d, out _))
                    .WithMessage("The planned interview date must be a real date");
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

                if (command.RequestMade && rhi.IndependentRequestedAt is null)
                {
                    rhi.IndependentRequestedAt = now;
                    await RhiDuties.CompleteKeyAsync(db, DutyEngine.RhiDutyKey(rhi.Id, RuleIds.LookedAfterChoice, TaskType.ReturnHomeInterview, DutyEngine.IndependentRequestQualifier),
                        "Independent service asked", now, cancellationToken);
                }

                if (Instants.ParseDate(command.PlannedDate) is { } planned)
                {
                    // R23: the answer has come: no follow-up is needed; the manager is told if nothing follows the planned date.
                    rhi.IndependentResponseAt ??= now;
                    rhi.PlannedInterviewDate = planned;
                    await RhiDuties.CompleteKeyAsync(db, DutyEngine.RhiDutyKey(rhi.Id, RuleIds.LookedAfterChoice, TaskType.ReturnHomeInterview, DutyEngine.IndependentFollowUpQualifier),
                        "The independent service answered", now, cancellationToken);
                }
            }
            else
            {
                rhi.IndependentPersonChosenAt = null;
                rhi.IndependentRequestDueAt = null;
                rhi.IndependentRequestedAt = null;
                rhi.IndependentResponseAt = null;
                rhi.PlannedInterviewDate = null;
                await CancelIndependentDutiesAsync(rhi.Id, now, cancellationToken);
            }

            rhi.InterviewerChoice = choice;
            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        /// <summary>The child changed their mind: the independent person's duties no longer apply.</summary>
        private async Task CancelIndependentDutiesAsync(Guid rhiId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var open = await db.DutyTasks.Where(t => t.ReturnHomeInterviewId == rhiId && t.RuleId == RuleIds.LookedAfterChoice && t.Status == DutyStatus.Open).ToListAsync(cancellationToken);
            foreach (var task in open)
            {
                task.Status = DutyStatus.Cancelled;
                task.ClosedAt = now;
                task.ClosedReason = "The child chose their social worker instead";
            }
        }
    }
}
