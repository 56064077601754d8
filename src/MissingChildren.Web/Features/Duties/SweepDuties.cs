using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Notices;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Duties;

/// <summary>
/// Every minute: raises the duties that have fallen due with time for every episode not yet closed (R12–R15, R8
/// reminders), and escalates overdue duties to the team manager, then the Head of Service (then the Director
/// where the profile says), telling each recipient in the app and by e-mail. Reads only episodes not closed and duties still open, so its cost follows the work in
/// hand, not the history. Safe to run twice or on two nodes: a duty's key is unique.
/// </summary>
public static class SweepDuties
{
    public sealed record Command : ICommand<Result>;

    public sealed record Result(int Episodes, int Raised, int Escalated);

    public const int BatchSize = 200;

    /// <summary>Tries at one batch when other nodes keep winning the race; the next minute's sweep picks up the rest.</summary>
    public const int MaxAttempts = 3;

    public sealed class Handler(AppDbContext db, DutyScheduler scheduler, EscalationNotices notices, Education.CmeReviews cmeReviews, PolicyProfile profile, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            // Only ids of episodes not closed: a few hundred at most in a council, whatever the history.
            var open = await db.Episodes.AsNoTracking()
                .Where(e => e.Status == EpisodeStatus.Open || e.Status == EpisodeStatus.Returned) // an index seek, not a scan of history
                .Select(e => e.Id)
                .ToListAsync(cancellationToken);
            var raised = 0;
            foreach (var batch in open.Chunk(BatchSize))
            {
                raised += await RaiseAsync([.. batch], now, cancellationToken);
            }

            // R40: dormant children missing education investigations whose review date has come.
            raised += await OnceMoreIfAnotherNodeWonAsync(() => cmeReviews.RaiseAsync(now, cancellationToken), cancellationToken);
            return new Result(open.Count, raised, await EscalateAsync(now, cancellationToken));
        }

        private Task<int> RaiseAsync(List<Guid> batch, DateTimeOffset now, CancellationToken cancellationToken) =>
            OnceMoreIfAnotherNodeWonAsync(() => scheduler.ApplyAsync(batch, now, cancellationToken), cancellationToken);

        /// <summary>
        /// Does the work and saves. When another node (or a notification) changed the same duties or episodes a moment
        /// ago, the save is refused (a unique key or a record's version); reading again and repeating the work once
        /// then finds that work done, and does only what is left.
        /// </summary>
        private async Task<int> OnceMoreIfAnotherNodeWonAsync(Func<Task<int>> work, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var done = await work();
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return done;
                }
                catch (DbUpdateException ex) when (attempt < MaxAttempts && (ex is DbUpdateConcurrencyException || ex.IsUniqueViolation()))
                {
                    db.ChangeTracker.Clear();
                }
            }
        }

        /// <summary>Overdue duties climb one level at a time, at the hours the profile sets after the due time.</summary>
        private Task<int> EscalateAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
            OnceMoreIfAnotherNodeWonAsync(async () =>
            {
                var escalation = profile.Oversight.Escalation;
                var firstStep = DutyEscalation.FirstStepDueBy(now, escalation);
                var overdue = await db.DutyTasks
                    .Where(t => t.Status == DutyStatus.Open && t.DueAt <= firstStep && t.EscalationLevel != EscalationLevel.Director)
                    .ToListAsync(cancellationToken);

                // R14, R16: each climbs to the level it has reached (DutyEscalation).
                var escalated = overdue.Where(task => DutyEscalation.Escalate(task, now, escalation)).ToList();

                // Each recipient gets an in-app notice and, through the outbox, an e-mail (in the same transaction).
                await notices.RaiseAsync(escalated, now, cancellationToken);
                return escalated.Count;
            }, cancellationToken);
    }
}
