using Mediator;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.MissingPersonProfiles;

/// <summary>The photo on a child's current missing person profile, for whoever may read the profile (<see cref="ProfileReaders"/>).</summary>
public static class GetProfilePhoto
{
    /// <param name="ApiClient">The integration client asking, by name; null for a person signed in.</param>
    public sealed record Query(Guid ChildId, string? ApiClient = null) : IQuery<Result?>;

    public sealed record Result(Guid ProfileId, byte[] Content, string ContentType);

    public sealed class Handler(AppDbContext db, ProfileReaders readers) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!await readers.MayReadAsync(query.ChildId, query.ApiClient, cancellationToken))
            {
                return null;
            }

            return await db.MissingPersonProfiles.AsNoTracking()
                .Where(p => p.ChildId == query.ChildId && p.IsCurrent && p.Photo != null && p.PhotoContentType != null)
                .Select(p => new Result(p.Id, p.Photo!, p.PhotoContentType!))
                .FirstOrDefaultAsync(cancellationToken);
        }
    }
}
