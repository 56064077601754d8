using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R8: the home authority's RHI form for their looked-after child has arrived: the request, reminder and escalation
/// of that episode are done, and no further reminder is raised. The episode closes with it once its other duties are
/// done (001 §4.1: "complete the missing episode" without our RHI).
/// </summary>
public static class MarkRhiFormReceived
{
    public sealed record Command(Guid EpisodeId) : ICommand<Unit>;

    public const string Field = "FormReceived";

    public sealed class Handler(AppDbContext db, RhiAccess access, AccessRefusals refusals, DutyScheduler scheduler, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!actor.IsInRole(Roles.FrontDoor) && !actor.IsInRole(Roles.TeamManager))
            {
                throw new UnauthorizedAccessException("Only Front Door or a team manager records the home authority's form.");
            }

            var episode = await db.Episodes.SingleOrDefaultAsync(e => e.Id == command.EpisodeId, cancellationToken) ?? throw new RhiNotFoundException();

            // R8: only those who hold the episode's form duties close them (a manager of another team holds none).
            var scope = await access.ScopeAsync(cancellationToken);
            var anyOpen = await db.DutyTasks.AnyAsync(t => t.EpisodeId == episode.Id && t.Type == TaskType.RhiFormRequest && t.Status == DutyStatus.Open, cancellationToken);
            if (anyOpen && !await RhiAccess.FormRequestsHeld(db.DutyTasks, scope).AnyAsync(t => t.EpisodeId == episode.Id, cancellationToken))
            {
                refusals.Note(ChildRecordRead.Of(episode.ChildId, "MissingEpisode", episode.Id));
                throw new UnauthorizedAccessException("Only those who hold the home authority's form duties record the form received.");
            }
            var tasks = await db.DutyTasks.Where(t => t.EpisodeId == episode.Id && t.Type == TaskType.RhiFormRequest && t.Status == DutyStatus.Open)
                .ToListAsync(cancellationToken);
            if (tasks.Count == 0 || episode.RhiFormReceivedAt is not null)
            {
                throw RhiAccess.Invalid(Field, "The form for this episode has already been recorded as received");
            }

            var now = clock.GetUtcNow();
            episode.RhiFormReceivedAt = now;
            foreach (var task in tasks)
            {
                task.Complete(now, "Home authority's return home interview form received");
            }

            await scheduler.ApplyAsync([episode.Id], now, cancellationToken);

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
