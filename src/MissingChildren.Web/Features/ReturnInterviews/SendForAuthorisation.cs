using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R30: the worker sends a concluded RHI to the manager who authorises it (the profile says whose: the RHI team's, or
/// the child's team's, 001 §3.5). Each episode the RHI covers is finalised on its own (R26), so each gets its own
/// <see cref="TaskType.ManagerAuthorisation"/> duty.
/// </summary>
public static class SendForAuthorisation
{
    public sealed record Command(Guid RhiId, Guid Version) : ICommand<Unit>;

    /// <summary>The field the errors of this one-button form are shown against.</summary>
    public const string Field = "Send";

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, PolicyProfile profile, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            RhiStep.Run(Field, () => rhi.SendForAuthorisation(rules.CeScreenRequired(child.Age), now));

            // R30, R26: one authorisation for each episode covered; the round counts the times it has been sent.
            var episodes = await db.Episodes.Where(e => e.ReturnHomeInterviewId == rhi.Id).Select(e => e.Id).ToListAsync(cancellationToken);
            var round = await db.DutyTasks.CountAsync(t => t.ReturnHomeInterviewId == rhi.Id && t.Type == TaskType.ManagerAuthorisation, cancellationToken) / Math.Max(1, episodes.Count) + 1;
            var childTeam = await db.Children.Where(c => c.Id == rhi.ChildId).Select(c => c.AllocatedTeamId).SingleAsync(cancellationToken);
            db.DutyTasks.AddRange(AuthorisationDuties.ForReturnInterview(
                rules.Calendar, profile.AfterReturn.ManagerAuthorisation, rhi, childTeam, episodes, round, now));

            // R21 (002 §4.14): the record is written up.
            await RhiDuties.CloseAsync(db, rhi.Id, [rhi.WriteUpDone], now, cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
