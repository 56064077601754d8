using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Teams;

/// <summary>The teams an administrator looks after (<c>/admin/teams</c>), optionally only those still to set up.</summary>
public static class GetTeams
{
    public sealed record Query(bool NeedsSetUpOnly = false) : IQuery<IReadOnlyList<Row>>;

    public sealed record Row(Guid Id, string Name, string Kind, string Agency, bool IsDefault, int Members, bool NeedsSetUp);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var teams = db.Teams.AsNoTracking();
            if (query.NeedsSetUpOnly)
            {
                teams = teams.Where(t => t.NeedsSetUp || t.Function == TeamFunction.Unknown);
            }

            var rows = await teams
                .Select(t => new { t.Id, t.Name, t.Function, t.Agency, t.IsDefault, t.NeedsSetUp, Members = db.Users.Count(u => u.TeamId == t.Id) })
                .ToListAsync(cancellationToken);
            return [.. rows
                .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .Select(t => new Row(t.Id, t.Name, TeamWords.Kind(t.Function), AgencyNames.DisplayName(t.Agency), t.IsDefault, t.Members,
                    t.NeedsSetUp || t.Function == TeamFunction.Unknown))];
        }
    }
}
