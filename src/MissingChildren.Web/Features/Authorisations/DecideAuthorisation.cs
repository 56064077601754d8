using FluentValidation;
using Mediator;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Teams;
using MissingChildren.Domain.Time;
using MissingChildren.Data;
using MissingChildren.Web.Features.Administration.Teams;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>
/// R30: a team manager (or Head of Service) authorises an RHI or a risk assessment with exactly one outcome and a
/// rationale, or returns it to the worker with a reason. Refused, naming the missing condition, until the child is
/// found and the RHI is done, declined or recorded as no contact. Authorising closes the episode it finalises and raises
/// the duties its outcome asks for (<see cref="AuthorisationDecision.DutiesRequired"/>).
/// </summary>
public static class DecideAuthorisation
{
    /// <param name="Decision">Null when the form's answer was not one of the two (the page reads it once).</param>
    public sealed record Command(Guid TaskId, Decision? Decision, ManagerOutcome? Outcome, string? Rationale, string? ReturnReason) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Decision)
                .NotNull().WithMessage("Select whether to authorise it or return it to the worker")
                .IsInEnum().WithMessage("Select whether to authorise it or return it to the worker");
            When(c => c.Decision == Decision.Authorised, () =>
            {
                RuleFor(c => c.Outcome)
                    .NotNull().WithMessage("Select the outcome")
                    .IsInEnum().WithMessage("Select the outcome");
                RuleFor(c => c.Rationale).NotEmpty().WithMessage("Enter the rationale for your decision").MaximumLength(4000);
            });
            When(c => c.Decision == Decision.Returned, () =>
                RuleFor(c => c.ReturnReason).NotEmpty().WithMessage("Enter why you are returning it to the worker").MaximumLength(4000));
        }
    }

    public sealed class Handler(AppDbContext db, ManagerScope scope, ICurrentActor actor, WorkingCalendar calendar, TimeProvider clock)
        : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var task = await (await scope.DutiesAsync(cancellationToken)).SingleOrDefaultAsync(t => t.Id == command.TaskId && t.Type == TaskType.ManagerAuthorisation, cancellationToken)
                       ?? throw new RecordNotFoundException("No authorisation with that id.");
            if (task.Status != DutyStatus.Open)
            {
                throw Invalid(nameof(Command.Decision), "This has already been decided");
            }

            var now = clock.GetUtcNow();
            var rhi = task.ReturnHomeInterviewId is { } rhiId ? await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId, cancellationToken) : null;
            var assessment = task.RiskAssessmentId is { } raId ? await db.RiskAssessments.SingleAsync(r => r.Id == raId, cancellationToken) : null;
            var episode = task.EpisodeId is { } episodeId ? await db.Episodes.SingleAsync(e => e.Id == episodeId, cancellationToken) : null;

            if (command.Decision == Decision.Authorised)
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
                Decision = command.Decision!.Value,
                Outcome = command.Decision == Decision.Authorised ? command.Outcome : null,
                Reason = (command.Decision == Decision.Authorised ? command.Rationale : command.ReturnReason)!.Trim(),
                DecidedBy = actor.Name,
                DecidedAt = now,
            };
            db.Add(decision);

            task.Complete(now, decision.Decision == Decision.Authorised
                ? $"Authorised: {AuthorisationConditions.Describe(decision.Outcome!.Value)}"
                : "Returned to the worker");

            if (decision.Decision == Decision.Authorised)
            {
                await AuthoriseAsync(task, rhi, assessment, episode, cancellationToken);

                // R30 (001 §3.3): the outcome's strategy meeting or referral becomes a duty of its own.
                var child = await db.Children.Where(c => c.Id == task.ChildId).Select(c => new { c.AllocatedTeamId, c.Address }).SingleAsync(cancellationToken);
                var frontDoor = TeamRouting.TeamFor(TeamFunction.FrontDoor, child.AllocatedTeamId, child.Address, await RoutingTeams.LoadAsync(db, cancellationToken));
                db.DutyTasks.AddRange(decision.DutiesRequired(calendar, child.AllocatedTeamId, frontDoor));
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
                episode?.Close(EpisodeClosing.ForAuthorisedInterview(rhi.ConcludedAs), task.ClosedAt!.Value);

                var stillWaiting = await db.DutyTasks.AnyAsync(
                    t => t.ReturnHomeInterviewId == rhi.Id && t.Type == TaskType.ManagerAuthorisation && t.Status == DutyStatus.Open && t.Id != task.Id,
                    cancellationToken);
                if (!stillWaiting)
                {
                    rhi.Authorise();
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
                rhi.ReturnToWorker(reason);

                // Returning one covered episode returns the RHI: its other authorisations wait for the next sending.
                foreach (var other in await db.DutyTasks.Where(t => t.ReturnHomeInterviewId == rhi.Id && t.Type == TaskType.ManagerAuthorisation
                             && t.Status == DutyStatus.Open && t.Id != task.Id).ToListAsync(cancellationToken))
                {
                    other.Cancel(task.ClosedAt!.Value, "Returned to the worker");
                }
            }
        }

        private static ValidationException Invalid(string property, string message) => new([new FluentValidation.Results.ValidationFailure(property, message)]);
    }
}
