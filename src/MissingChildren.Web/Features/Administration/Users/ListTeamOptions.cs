using Mediator;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>The teams a user can be put in (or filtered by), by name.</summary>
public static class ListTeamOptions
{
    public sealed record Query : IQuery<IReadOnlyList<ListUsers.TeamOption>>;

    public static async Task<IReadOnlyList<ListUsers.TeamOption>> LoadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new ListUsers.TeamOption(t.Id, t.Name)).ToListAsync(cancellationToken);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<ListUsers.TeamOption>>
    {
        public async ValueTask<IReadOnlyList<ListUsers.TeamOption>> Handle(Query query, CancellationToken cancellationToken) =>
            await LoadAsync(db, cancellationToken);
    }
}
