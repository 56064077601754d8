using FluentValidation;
using Mediator;
using MissingChildren.Domain.Episodes;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// An absence becomes a missing episode (domain.md "Words"; protocol 001): the change is recorded with the reason and
/// who decided, and the duties of a missing child are raised at once (DutyScheduler).
/// </summary>
public static class RecategoriseEpisode
{
    public sealed record Command(Guid EpisodeId, Guid Version, string? Reason) : ICommand<Result>;

    public sealed record Result(Guid EpisodeId, int DutiesRaised);

    /// <summary>The episode's version, carried by the form so a change made meanwhile is not overwritten.</summary>
    public sealed record VersionQuery(Guid EpisodeId) : IQuery<Guid?>;

    public sealed class VersionHandler(AppDbContext db) : IQueryHandler<VersionQuery, Guid?>
    {
        public async ValueTask<Guid?> Handle(VersionQuery query, CancellationToken cancellationToken) =>
            await db.Episodes.AsNoTracking().Where(e => e.Id == query.EpisodeId).Select(e => (Guid?)e.Version).SingleOrDefaultAsync(cancellationToken);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason)
                .NotEmpty().WithMessage("Enter why the absence is now a missing episode")
                .MaximumLength(1000).WithMessage("The reason must be 1,000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, DutyScheduler duties, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var episode = await db.Episodes.SingleOrDefaultAsync(e => e.Id == command.EpisodeId, cancellationToken)
                          ?? throw TriageChecks.Fail(nameof(Command.Reason), "This episode could not be found");
            if (episode.Version != command.Version)
            {
                throw TriageChecks.Fail(nameof(Command.Reason), TriageChecks.ChangedMeanwhile);
            }

            if (episode.Category != EpisodeCategory.Absent || episode.Status != EpisodeStatus.Open)
            {
                throw TriageChecks.Fail(nameof(Command.Reason), "Only an open absence can be re-categorised as missing");
            }

            db.Entry(episode).Property(e => e.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            db.EpisodeCategoryChanges.Add(new EpisodeCategoryChange
            {
                EpisodeId = episode.Id,
                From = EpisodeCategory.Absent,
                To = EpisodeCategory.Missing,
                At = now,
                Reason = command.Reason!.Trim(),
                ChangedBy = actor.Name,
            });
            episode.Category = EpisodeCategory.Missing;
            var raised = await duties.ApplyAsync([episode.Id], now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw TriageChecks.Fail(nameof(Command.Reason), TriageChecks.ChangedMeanwhile);
            }

            return new Result(episode.Id, raised);
        }
    }
}
