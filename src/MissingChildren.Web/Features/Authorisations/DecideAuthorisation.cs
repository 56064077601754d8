using FluentValidation;
using Mediator;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>
/// R30: a team manager (or Head of Service) authorises an RHI or a risk assessment with exactly one outcome and a
/// rationale, or returns it to the worker with a reason. Refused, naming the missing condition, until the child is
/// found and the RHI is done, declined or recorded as no contact. Authorising closes the episode it finalises.
/// </summary>
public static class DecideAuthorisation
{
    public sealed record Command(Guid TaskId, string? Decision, string? Outcome, string? Rationale, string? ReturnReason) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Decision)
                .NotEmpty().WithMessage("Select whether to authorise it or return it to the worker")
                .Must(d => d is "Authorise" or "Return").When(c => !string.IsNullOrEmpty(c.Decision), ApplyConditionTo.CurrentValidator)
                .WithMessage("Select whether to authorise it or return it to the worker");
            When(c => c.Decision == "Authorise", () =>
            {
                RuleFor(c => c.Outcome)
                    .NotEmpty().WithMessage("Select the outcome")
                    .Must(o => Enum.TryParse<ManagerOutcome>(o, out var outcome) && Enum.IsDefined(outcome)).When(c => !string.IsNullOrEmpty(c.Outcome), ApplyConditionTo.CurrentValidator)
                    .WithMessage("Select the outcome");
                RuleFor(c => c.Rationale).NotEmpty().WithMessage("Enter the rationale for your decision").MaximumLength(4000);
            });
            When(c => c.Decision == "Return", () =>
                RuleFor(c => c.ReturnReason).NotEmpty().WithMessage("Enter why you are returning it to the worker").MaximumLength(4000));
        }
    }

    public sealed class Handler(AppDbContext db, ManagerScope scope, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var task = await (await scope.DutiesAsync(cancellationToken)).SingleOrDefaultAsync(t => t.Id == command.TaskId && t.Type == TaskType.ManagerAuthorisation, cancellationToken)
                       ?? throw new KeyNotFoundException("No authorisation with that id.");
            if (task.Status != DutyStatus.Open)
            {
                throw Invalid(nameof(Command.Decision), "This has already been decided");
            }

            var now = clock.GetUtcNow();
            var rhi = task.ReturnHomeInterviewId is { } rhiId ? await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId, cancellationToken) : null;
            var assessment = task.RiskAssessmentId is { } raId ? await db.RiskAssessments.SingleAsync(r => r.Id == raId, cancellationToken) : null;
            var episode = task.EpisodeId is { } episodeId ? await db.Episodes.SingleAsync(e => e.Id == episodeId, cancellationToken) : null;

            if (command.Decision == "Authorise")
            {
                var missing = AuthorisationConditions.Missing(
                    episode is null ? [] : [(episode.Status, episode.Category)],
                    rhi?.ConcludedAs,
                    rhiRequired: rhi is not null);
                if (missing.Count > 0)
                {
                    throw new ValidationException(missing.Select(m => new FluentValidation.Results.ValidationFailure(nameof(Command.Decision), m)));
                }
            }

            var decision = new AuthorisationDecision
            {
                ChildId = task.ChildId,
                EpisodeId = task.EpisodeId,
                DutyTaskId = task.Id,
                ReturnHomeInterviewId = rhi?.Id,
                RiskAssessmentId = assessment?.Id,
                Decision = command.Decision == "Authorise" ? Decision.Authorised : Decision.Returned,
                Outcome = command.Decision == "Authorise" ? Enum.Parse<ManagerOutcome>(command.Outcome!) : null,
                Reason = (command.Decision == "Authorise" ? command.Rationale : command.ReturnReason)!.Trim(),
                DecidedBy = actor.Name,
                DecidedAt = now,
            };
            db.Add(decision);

            task.Status = DutyStatus.Done;
            task.ClosedAt = now;
            task.ClosedReason = decision.Decision == Decision.Authorised
                ? $"Authorised: {AuthorisationConditions.Describe(decision.Outcome!.Value)}"
                : "Returned to the worker";

            if (decision.Decision == Decision.Authorised)
            {
                await AuthoriseAsync(task, rhi, assessment, episode, cancellationToken);
            }
            else
            {
                await ReturnAsync(task, rhi, assessment, decision.Reason, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return decision.Id;
        }

        private async Task AuthoriseAsync(DutyTask task, ReturnHomeInterview? rhi, RiskAssessment? assessment, MissingEpisode? episode, CancellationToken cancellationToken)
        {
            if (assessment is not null)
            {
                assessment.Status = RiskAssessmentStatus.Authorised;
            }

            if (rhi is not null)
            {
                // R26: each episode is finalised on its own; the RHI is authorised when every episode it covers is.
                if (episode is not null)
                {
                    episode.Status = EpisodeStatus.Closed;
                }

                var stillWaiting = await db.DutyTasks.AnyAsync(
                    t => t.ReturnHomeInterviewId == rhi.Id && t.Type == TaskType.ManagerAuthorisation && t.Status == DutyStatus.Open && t.Id != task.Id,
                    cancellationToken);
                if (!stillWaiting)
                {
                    rhi.Status = RhiStatus.Authorised;
                }
            }
        }

        private async Task ReturnAsync(DutyTask task, ReturnHomeInterview? rhi, RiskAssessment? assessment, string reason, CancellationToken cancellationToken)
        {
            if (assessment is not null)
            {
                assessment.Status = RiskAssessmentStatus.Draft;
            }

            if (rhi is not null)
            {
                rhi.Status = rhi.ConcludedAs ?? RhiStatus.Completed;
                rhi.ReturnedReason = reason;

                // Returning one covered episode returns the RHI: its other authorisations wait for the next sending.
                foreach (var other in await db.DutyTasks.Where(t => t.ReturnHomeInterviewId == rhi.Id && t.Type == TaskType.ManagerAuthorisation
                             && t.Status == DutyStatus.Open && t.Id != task.Id).ToListAsync(cancellationToken))
                {
                    other.Status = DutyStatus.Cancelled;
                    other.ClosedAt = task.ClosedAt;
                    other.ClosedReason = "Returned to the worker";
                }
            }
        }

        private static ValidationException Invalid(string property, string message) => new([new FluentValidation.Results.ValidationFailure(property, message)]);
    }
}
