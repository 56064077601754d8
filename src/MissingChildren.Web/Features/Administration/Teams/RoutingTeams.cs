using MissingChildren.Data;
using MissingChildren.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Teams;

/// <summary>The teams table, read once per unit of work, for <see cref="TeamRouting"/> to choose from (a council has tens of teams).</summary>
public static class RoutingTeams
{
    public static async Task<IReadOnlyList<Team>> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Teams.AsNoTracking().ToListAsync(cancellationToken);
    }
}
