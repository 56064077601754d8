using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Clients;

/// <summary>One created integration client, for the pages that rotate its key or revoke it. Never its key or hashes.</summary>
public static class GetClient
{
    public sealed record Query(Guid ClientId) : IQuery<Result>;

    public sealed record Result(
        Guid Id, Guid Version, string Name, Agency Agency, IReadOnlyList<string> Scopes, string KeyHint,
        DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? KeyRotatedAt, DateTimeOffset? PreviousKeyValidUntil,
        DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
    {
        /// <summary>Whether the key before the current one still works at <paramref name="now"/>.</summary>
        public bool PreviousKeyWorks(DateTimeOffset now) => RevokedAt is null && PreviousKeyValidUntil > now;
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var c = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.ClientId, cancellationToken)
                ?? throw new RecordNotFoundException();
            return new Result(
                c.Id, c.Version, c.Name, c.Agency, ApiKeys.ScopeList(c.Scopes), c.KeyHint, c.CreatedAt, c.CreatedBy,
                c.KeyRotatedAt, c.PreviousKeyValidUntil, c.RevokedAt, c.LastUsedAt);
        }
    }
}
