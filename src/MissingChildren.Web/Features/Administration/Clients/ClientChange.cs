using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Administration;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Clients;

/// <summary>
/// What rotating and revoking a created client share: only an administrator, only a client not revoked, and only from
/// the version they read.
/// </summary>
internal static class ClientChange
{
    /// <summary>
    /// The client as stored, checked against the version the administrator's form was read at: a change made since
    /// (another administrator's rotation or revocation) is a conflict now, and a change made between this read and
    /// the save is one when the database checks the version.
    /// </summary>
    public static async Task<ApiClient> LoadAsync(AppDbContext db, ICurrentActor actor, Guid clientId, Guid? version, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Roles.Administrator))
        {
            throw new UnauthorizedAccessException();
        }

        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
            ?? throw new RecordNotFoundException();
        // A revoked client is never changed again: only a form read before the revocation could ask, and it is stale.
        if (version is not { } read || read != client.Version || client.RevokedAt is not null)
        {
            throw new DbUpdateConcurrencyException(EditConflict.Message);
        }

        db.Entry(client).Property(c => c.Version).OriginalValue = read;
        return client;
    }
}
