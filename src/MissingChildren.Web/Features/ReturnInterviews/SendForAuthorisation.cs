using System.Globalization;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R30: the worker sends a concluded RHI to their team manager. Each episode the RHI covers is finalised on its own
/// (R26), so each gets its own <see cref="TaskType.ManagerAuthorisation"/> duty.
/// </summary>
public static class SendForAuthorisation
{
    public sealed record Command(Guid RhiId, Guid Version) : ICommand<Unit>;

    /// <summary>The field the errors of this one-button form are shown against.</summary>
    public const string Field = "Send";

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            if (!rhi.IsConcluded)
            {
                throw RhiAccess.Invalid(Field, rhi.Status is RhiStatus.AwaitingAuthorisation or RhiStatus.Authorised
                    ? "The interview has already been sent for authorisation"
                    : "Record the interview, or that it was declined or there was no contact, before sending it for authorisation");
            }

            if (rhi.Status == RhiStatus.Declined && rhi.SupportOffered is null)
            {
                throw RhiAccess.Invalid(Field, "Record the reasons and the support offered before sending a declined interview for authorisation");
            }

            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            if (rules.CeScreenRequired(child.Age) && rhi.CeScreenOutcome is null)
            {
                throw RhiAccess.Invalid(Field, "Complete the CE screen before sending the interview for authorisation");
            }

            rhi.ConcludedAs = rhi.Status;
            rhi.ReturnedReason = null;
            rhi.Status = RhiStatus.AwaitingAuthorisation;
            rhi.SentForAuthorisationAt = now;

            var episodes = await db.Episodes.Where(e => e.ReturnHomeInterviewId == rhi.Id).Select(e => e.Id).ToListAsync(cancellationToken);
            var due = rules.AuthorisationDueAt(now);
            var round = await db.DutyTasks.CountAsync(t => t.ReturnHomeInterviewId == rhi.Id && t.Type == TaskType.ManagerAuthorisation, cancellationToken) / Math.Max(1, episodes.Count) + 1;
            foreach (var episodeId in episodes)
            {
                db.DutyTasks.Add(new DutyTask
                {
                    ChildId = rhi.ChildId,
                    EpisodeId = episodeId,
                    ReturnHomeInterviewId = rhi.Id,
                    Type = TaskType.ManagerAuthorisation,
                    RuleId = RuleIds.ManagerAuthorisation,
                    DedupeKey = string.Create(CultureInfo.InvariantCulture, $"{episodeId:N}/R30/{TaskType.ManagerAuthorisation}/rhi-{rhi.Id:N}/{round}"),
                    Title = "Authorise the return home interview and record the outcome",
                    Status = DutyStatus.Open,
                    RaisedAt = now,
                    DueAt = due,
                    AssigneeRole = PolicyRole.TeamManager,
                    AssigneeTeamId = rhi.AllocatedTeamId,
                });
            }

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
