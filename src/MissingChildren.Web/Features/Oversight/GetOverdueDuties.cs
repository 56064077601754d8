using Mediator;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// The overdue duties of the children a manager oversees, by the team that holds them and their type, naming who holds
/// them; and the duties the escalation sweep has raised (R14, R16), each with who must act now: the people
/// <see cref="DutyEscalation.WhoMustAct"/> names at its level.
/// </summary>
public static class GetOverdueDuties
{
    public sealed record Query(Guid? Team) : IQuery<Result>;

    public sealed record Result(IReadOnlyList<Group> Overdue, IReadOnlyList<Escalated> Escalated);

    /// <param name="Team">The team holding the duties; null for a service-wide role's (<see cref="Holder"/> reads it).</param>
    /// <param name="Owners">Who holds them: each person named, or the team while nobody is.</param>
    public sealed record Group(Guid? Team, string Holder, TaskType Type, int Count, IReadOnlyList<Owner> Owners)
    {
        public DutyFilter Filter => new(Type, Team, Team is null);
    }

    public sealed record Owner(string Name, int Count);

    /// <param name="MustAct">The people the duty is escalated to, by name.</param>
    public sealed record Escalated(Guid TaskId, Guid ChildId, string ChildName, string LocalId, string Title, string Rule, DateTimeOffset DueAt,
        EscalationLevel Level, string Owner, IReadOnlyList<string> MustAct);

    public sealed class Handler(AppDbContext db, OversightFilters filters) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var (filter, _) = await filters.ForAsync(query.Team, cancellationToken);
            var counts = await filter.Overdue.AsNoTracking()
                .GroupBy(t => new { t.AssigneeTeamId, t.Type, t.AssigneeUserId, t.AssigneeRole })
                .Select(g => new { g.Key.AssigneeTeamId, g.Key.Type, g.Key.AssigneeUserId, g.Key.AssigneeRole, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var escalated = await filter.Escalated.AsNoTracking()
                .OrderByDescending(t => t.EscalationLevel).ThenBy(t => t.DueAt).ThenBy(t => t.Id)
                .Take(OversightSets.ListLimit)
                .Join(db.Children, t => t.ChildId, c => c.Id, (t, c) => new
                {
                    t.Id, t.ChildId, c.FirstName, c.LastName, c.LocalId, t.Title, t.RuleId, t.DueAt, t.EscalationLevel,
                    t.AssigneeTeamId, t.AssigneeUserId, t.AssigneeRole,
                })
                .ToListAsync(cancellationToken);

            var teamIds = counts.Select(c => c.AssigneeTeamId).Concat(escalated.Select(e => e.AssigneeTeamId)).OfType<Guid>().Distinct().ToList();
            var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            var staff = escalated.Count == 0 ? [] : await db.UserRoles
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name })
                .Where(x => x.Role == Roles.TeamManager || x.Role == Roles.HeadOfService || x.Role == Roles.Director)
                .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.UserId, x.Role, u.TeamId, u.DisplayName })
                .ToListAsync(cancellationToken);
            var userIds = counts.Select(c => c.AssigneeUserId).Concat(escalated.Select(e => e.AssigneeUserId)).OfType<string>().Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            foreach (var person in staff)
            {
                names.TryAdd(person.UserId, person.DisplayName);
            }

            string TeamName(Guid? team, PolicyRole role) => team is { } id ? teams.GetValueOrDefault(id) ?? "A team no longer held" : Words.Of(role);
            string OwnerOf(string? user, Guid? team, PolicyRole role) =>
                user is not null && names.TryGetValue(user, out var name) ? name : $"{TeamName(team, role)}, no one named";

            var groups = counts
                .GroupBy(c => (c.AssigneeTeamId, c.Type))
                .Select(g => new Group(g.Key.AssigneeTeamId, TeamName(g.Key.AssigneeTeamId, g.First().AssigneeRole), g.Key.Type, g.Sum(c => c.Count),
                    [.. g.GroupBy(c => OwnerOf(c.AssigneeUserId, c.AssigneeTeamId, c.AssigneeRole), StringComparer.Ordinal)
                        .Select(o => new Owner(o.Key, o.Sum(c => c.Count)))
                        .OrderByDescending(o => o.Count).ThenBy(o => o.Name, StringComparer.Ordinal)]))
                .OrderBy(g => g.Holder, StringComparer.Ordinal).ThenBy(g => Words.Of(g.Type), StringComparer.Ordinal)
                .ToList();

            var staffRoles = staff.Select(s => new StaffRole(s.UserId, s.Role, s.TeamId)).ToList();
            var rows = escalated.Select(e => new Escalated(e.Id, e.ChildId, $"{e.FirstName} {e.LastName}", e.LocalId, e.Title, e.RuleId, e.DueAt, e.EscalationLevel,
                    OwnerOf(e.AssigneeUserId, e.AssigneeTeamId, e.AssigneeRole),
                    [.. DutyEscalation.WhoMustAct(e.EscalationLevel, e.AssigneeTeamId, staffRoles).Select(id => names.GetValueOrDefault(id) ?? id).Order(StringComparer.Ordinal)]))
                .ToList();
            return new Result(groups, rows);
        }
    }
}
