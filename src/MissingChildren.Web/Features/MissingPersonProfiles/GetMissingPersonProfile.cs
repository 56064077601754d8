using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.MissingPersonProfiles;

/// <summary>
/// A child's current missing person profile (Philomena Protocol), by the child's id (the case view, <c>/police</c>) or
/// local id (<c>GET /api/v1/children/{localId}/missing-person-profile</c>), for whoever may read it
/// (<see cref="ProfileReaders"/>). Null when there is no profile, or the child is not the reader's to see.
/// </summary>
public static class GetMissingPersonProfile
{
    /// <param name="ApiClient">The integration client asking, by name; null for a person signed in.</param>
    public sealed record Query(Guid? ChildId = null, string? LocalId = null, string? ApiClient = null) : IQuery<Result?>;

    public sealed record Result(
        Guid ChildId, string ChildLocalId, string ChildName, DateOnly? DateOfBirth, Guid Id, int VersionNumber, Guid Version,
        string? Height, string? Build, string? Hair, string? Eyes, string? Ethnicity, string? IdentifyingFeatures, string? Associates,
        string? PlacesFrequented, string? PhoneNumbers, string? SocialMedia, string? Medication, string? MedicalConditions, string? PhotoContentType,
        string? Clothing, string? LastSeenWhere, DateTimeOffset? LastSeenAt, string? LastSeenWith, string? MissingCircumstances, Guid? WhileMissingEpisodeId,
        DateTimeOffset SavedAt, string SavedBy, DateTimeOffset? ReviewedAt, int Versions)
    {
        public bool HasPhoto => PhotoContentType is not null;

        public DateTimeOffset? ReviewDueAt => ReviewedAt?.AddMonths(Domain.Profiles.MissingPersonProfile.ReviewEveryMonths);

        public ChildRecordRead Read => ChildRecordRead.Of(ChildId, nameof(Domain.Profiles.MissingPersonProfile), Id);
    }

    public sealed class Handler(AppDbContext db, ProfileReaders readers) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var children = db.Children.AsNoTracking();
            children = query.ChildId is { } id ? children.Where(c => c.Id == id) : children.Where(c => c.LocalId == query.LocalId);
            var childId = await children.Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (childId is not { } found || !await readers.MayReadAsync(found, query.ApiClient, cancellationToken))
            {
                return null;
            }

            var versions = await db.MissingPersonProfiles.CountAsync(p => p.ChildId == found, cancellationToken);
            return await db.Children.AsNoTracking().Where(c => c.Id == found)
                .SelectMany(c => db.MissingPersonProfiles.Where(p => p.ChildId == c.Id && p.IsCurrent), (c, p) => new Result(
                    c.Id, c.LocalId, c.FirstName + " " + c.LastName, c.DateOfBirth, p.Id, p.VersionNumber, p.Version,
                    p.Height, p.Build, p.Hair, p.Eyes, p.Ethnicity, p.IdentifyingFeatures, p.Associates,
                    p.PlacesFrequented, p.PhoneNumbers, p.SocialMedia, p.Medication, p.MedicalConditions, p.PhotoContentType,
                    p.Clothing, p.LastSeenWhere, p.LastSeenAt, p.LastSeenWith, p.MissingCircumstances, p.WhileMissingEpisodeId,
                    p.SavedAt, p.SavedBy, p.ReviewedAt, versions))
                .FirstOrDefaultAsync(cancellationToken);
        }
    }
}
