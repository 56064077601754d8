using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration;

/// <summary>The administration landing page: what the installation holds, and what needs an administrator's attention.</summary>
public static class GetAdministration
{
    public sealed record Query : IQuery<Result>;

    /// <param name="ApiClients">Integration clients that may call the API: created here and not revoked, and configured ones.</param>
    /// <param name="TeamsNeedingSetUp">Teams the case management system named that nobody has set up yet.</param>
    public sealed record Result(int ActiveUsers, int Teams, int TeamsNeedingSetUp, int ApiClients, string Profile, int ClosureDays);

    public sealed class Handler(AppDbContext db, Domain.Policy.PolicyProfile profile, Microsoft.Extensions.Options.IOptions<Infrastructure.Configuration.IntegrationOptions> configured, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var users = await db.Users.CountAsync(u => u.DeactivatedAt == null, cancellationToken);
            var teams = await db.Teams.CountAsync(cancellationToken);
            var unset = await db.Teams.CountAsync(t => t.NeedsSetUp || t.Function == TeamFunction.Unknown, cancellationToken);
            var clients = await db.ApiClients.CountAsync(c => c.RevokedAt == null, cancellationToken) + configured.Value.Clients.Count;
            var closures = await db.ClosureDays.CountAsync(d => d.Date >= today, cancellationToken);
            return new Result(users, teams, unset, clients, profile.DisplayName, closures);
        }
    }
}
