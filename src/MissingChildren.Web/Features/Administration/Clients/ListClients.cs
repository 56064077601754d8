using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Clients;

/// <summary>
/// Every integration client for <c>/admin/clients</c>: those from configuration (changed only there) first, then those
/// administrators created, the revoked ones last. Never a key or a hash: only a key's first characters.
/// </summary>
public static class ListClients
{
    public sealed record Query : IQuery<Result>;

    public sealed record Result(IReadOnlyList<Row> Clients, DateTimeOffset Now);

    public enum ClientState
    {
        Active,
        PreviousKeyValid,
        Revoked,
    }

    /// <param name="Id">The created client's id; null for a client from configuration.</param>
    public sealed record Row(
        Guid? Id, string Name, Agency Agency, IReadOnlyList<string> Scopes, string KeyHint,
        DateTimeOffset? CreatedAt, string? CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? KeyRotatedAt,
        ClientState State, DateTimeOffset? PreviousKeyValidUntil, DateTimeOffset? RevokedAt)
    {
        public bool FromConfiguration => Id is null;
    }

    public sealed class Handler(AppDbContext db, IntegrationClientRegistry configured, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var fromConfiguration = configured.Clients
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .Select(c => new Row(null, c.Name, c.Agency, c.Scopes, c.KeyHint, null, null, null, null, ClientState.Active, null, null));
            var stored = await db.ApiClients.AsNoTracking()
                .Select(c => new { c.Id, c.Name, c.Agency, c.Scopes, c.KeyHint, c.CreatedAt, c.CreatedBy, c.LastUsedAt, c.KeyRotatedAt, c.PreviousKeyValidUntil, c.RevokedAt })
                .ToListAsync(cancellationToken);
            var created = stored
                .Select(c => new Row(
                    c.Id, c.Name, c.Agency, ApiKeys.ScopeList(c.Scopes), c.KeyHint, c.CreatedAt, c.CreatedBy, c.LastUsedAt, c.KeyRotatedAt,
                    c.RevokedAt is not null ? ClientState.Revoked : c.PreviousKeyValidUntil > now ? ClientState.PreviousKeyValid : ClientState.Active,
                    c.PreviousKeyValidUntil, c.RevokedAt))
                .OrderBy(r => r.State == ClientState.Revoked)
                .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase);
            return new Result([.. fromConfiguration, .. created], now);
        }
    }
}
