using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notes;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>
/// R34 (004 step 6): the manager decides whether a looked-after child's short absence needs a return home interview,
/// and why. A yes starts one (or joins the one in progress, R26) whose 72 hours run from the request (R17); either way
/// the decision and its reason go on the child's record as a case note.
/// </summary>
public static class DecideShortAbsence
{
    /// <param name="Needed">Whether the child needs a return home interview; null when the form's answer was neither.</param>
    public sealed record Command(Guid TaskId, Guid Version, bool? Needed, string? Reason) : ICommand<Guid?>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Needed).NotNull()
                .WithMessage("Select whether the child needs a return home interview");
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the reason for your decision")
                .MaximumLength(2000).WithMessage("The reason must be 2,000 characters or fewer");
        }
    }

    /// <returns>The return home interview asked for, if one was.</returns>
    public sealed class Handler(AppDbContext db, ManagerScope scope, DutyScheduler scheduler, ICurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, Guid?>
    {
        public async ValueTask<Guid?> Handle(Command command, CancellationToken cancellationToken)
        {
            var duties = await scope.DutiesAsync(cancellationToken);
            var task = await duties.SingleOrDefaultAsync(t => t.Id == command.TaskId && t.RuleId == RuleIds.ShortAbsence && t.EpisodeId != null, cancellationToken)
                       ?? throw new RecordNotFoundException("No short-absence decision with that id.");
            if (task.Status != DutyStatus.Open)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Needed), "This has already been decided")]);
            }

            db.Entry(task).Property(t => t.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            var episode = await db.Episodes.SingleAsync(e => e.Id == task.EpisodeId, cancellationToken);
            var needed = command.Needed!.Value;
            ReturnHomeInterview? rhi = null;
            if (needed && episode.ReturnHomeInterviewId is null)
            {
                rhi = await scheduler.RequestReturnInterviewAsync(episode, now, cancellationToken);
            }

            task.Complete(now, needed ? "Return home interview asked for by the manager" : "No return home interview needed: the manager's decision");
            task.Version = Guid.NewGuid();
            db.CaseNotes.Add(new CaseNote
            {
                ChildId = episode.ChildId,
                EpisodeId = episode.Id,
                Kind = CaseNoteKind.General,
                Title = needed ? "Short absence: return home interview asked for (R34)" : "Short absence: no return home interview needed (R34)",
                OccurredAt = now,
                Text = command.Reason!.Trim(),
                WrittenAt = now,
                WrittenBy = actor.Name,
            });

            // The new interview's duties (R17, R19) are raised now, not at the next sweep.
            await scheduler.ApplyAsync([episode.Id], now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return rhi?.Id;
        }
    }
}
