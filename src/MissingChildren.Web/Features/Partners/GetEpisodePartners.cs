using Mediator;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Partners;

/// <summary>What one episode records about other areas (R41, R42) and trafficking (R44), to show and change it.</summary>
public static class GetEpisodePartners
{
    public sealed record Query(Guid ChildId, Guid EpisodeId) : IQuery<Result?>;

    public sealed record Result(Guid EpisodeId, Guid Version, DateTimeOffset MissingFrom, DateTimeOffset? FoundAt, string? MissingFromArea, string? FoundInArea,
        bool FamilyMissing, string? FamilyAuthorities, DateOnly? TraffickingGroundsOn, string? TraffickingGroundsDecidedBy);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Episodes.AsNoTracking()
                .Where(e => e.Id == query.EpisodeId && e.ChildId == query.ChildId)
                .Select(e => new Result(e.Id, e.Version, e.MissingFrom, e.FoundAt, e.MissingFromArea, e.FoundInArea, e.FamilyMissing, e.FamilyAuthorities,
                    e.TraffickingGroundsOn, e.TraffickingGroundsDecidedBy))
                .SingleOrDefaultAsync(cancellationToken);
    }
}
