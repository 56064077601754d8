using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>
/// The manager authorisation queue (screens.md): RHIs and risk assessments sent for authorisation (R30), Director
/// letters to sign (R9), Serious Incident Notifications to send (R31), independent-RHI requests (R23), short-absence
/// RHI decisions (R34), and the duties escalated by the sweep.
/// A team manager sees their team's; a Head of Service sees the whole service. Oldest deadline first.
/// </summary>
public static class GetAuthorisationWork
{
    public sealed record Query(Guid? TeamId, TaskType? Type, int Page) : IQuery<Result>;

    public sealed record Item(Guid TaskId, Guid ChildId, string ChildName, string LocalId, TaskType Type, string Rule, string Title,
        DateTimeOffset DueAt, EscalationLevel Escalation, string? Team, bool CanDecide, string? Link = null);

    public sealed record Result(PageOf<Item> Items, IReadOnlyList<(Guid Id, string Name)> Teams, Guid? MyTeamId, bool WholeService);

    public static readonly TaskType[] WaitingTypes = [TaskType.ManagerAuthorisation, TaskType.DirectorLetter, TaskType.SeriousIncidentNotification];

    /// <summary>The rules whose duties the manager oversees in the queue, whoever holds them: R23 independent-RHI requests, R34 decisions.</summary>
    public static readonly string[] WaitingRules = [RuleIds.LookedAfterChoice, RuleIds.ShortAbsence];

    public sealed class Handler(AppDbContext db, ManagerScope scope) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var myTeam = await scope.MyTeamAsync(cancellationToken);
            var wholeService = scope.WholeService;

            var work = (await scope.DutiesAsync(cancellationToken)).AsNoTracking()
                .Where(t => t.Status == DutyStatus.Open && (WaitingTypes.Contains(t.Type) || WaitingRules.Contains(t.RuleId) || t.EscalationLevel != EscalationLevel.None));

            if (query.TeamId is { } teamId)
            {
                work = work.Where(t => t.AssigneeTeamId == teamId);
            }

            if (query.Type is { } type)
            {
                work = work.Where(t => t.Type == type);
            }

            var total = await work.CountAsync(cancellationToken);
            var page = Paging.Clamp(query.Page);
            var rows = await work.OrderBy(t => t.DueAt)
                .Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .Join(db.Children, t => t.ChildId, c => c.Id, (t, c) => new
                {
                    t.Id, t.ChildId, c.FirstName, c.LastName, c.LocalId, t.Type, t.RuleId, t.Title, t.DueAt, t.EscalationLevel, t.ReturnHomeInterviewId, t.AssigneeRole,
                    Team = db.Teams.Where(team => team.Id == t.AssigneeTeamId).Select(team => team.Name).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var teams = (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
                .Select(t => (t.Id, t.Name)).ToList();

            var items = rows.Select(r => new Item(r.Id, r.ChildId, $"{r.FirstName} {r.LastName}", r.LocalId, r.Type, r.RuleId, r.Title, r.DueAt,
                r.EscalationLevel, r.Team, r.Type == TaskType.ManagerAuthorisation, Links.WhereManagerDutyIsDone(r.Id, r.Type, r.RuleId, r.ReturnHomeInterviewId)
                    // An escalated duty links to where it is done (R9, R31 documents have their own "Prepare" link in the queue).
                    ?? (r.Type is TaskType.DirectorLetter or TaskType.SeriousIncidentNotification ? null
                        : Links.WhereDutyIsDone(r.ChildId, r.Id, r.Type, r.RuleId, r.ReturnHomeInterviewId, r.AssigneeRole)?.Href))).ToList();
            return new Result(new PageOf<Item>(items, page, Paging.DefaultSize, total), teams, myTeam, wholeService);
        }
    }
}
