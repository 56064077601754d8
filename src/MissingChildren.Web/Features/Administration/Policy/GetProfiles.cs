using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>The profiles an administrator can switch to, with the one in force, and what each keeps of its overrides.</summary>
public static class GetProfiles
{
    public sealed record Query : IQuery<Result>;

    public sealed record Result(Profile Current, IReadOnlyList<Profile> Profiles);

    /// <param name="Overrides">How many settings administrators changed in this profile (they apply when it is in force).</param>
    public sealed record Profile(string Name, string DisplayName, string Authority, int Overrides);

    public sealed class Handler(AppDbContext db, PolicySnapshot snapshot) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var counts = await db.PolicyOverrides.GroupBy(o => o.Profile).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var profiles = PolicyProfileCatalog.Names.Select(PolicyProfileCatalog.Load)
                .Select(p => new Profile(p.Name, p.DisplayName, p.Authority, counts.GetValueOrDefault(p.Name)))
                .ToList();
            return new Result(profiles.Single(p => p.Name == snapshot.Profile.Name), profiles);
        }
    }
}
