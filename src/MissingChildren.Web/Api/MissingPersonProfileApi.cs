using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.MissingPersonProfiles;
using MissingChildren.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MissingChildren.Web.Api;

/// <summary>
/// <c>GET /api/v1/children/{localId}/missing-person-profile</c> (scope <c>read</c>): the child's current missing person
/// profile (Philomena Protocol) for a police client, only for a child that client reported; any other child is 404.
/// </summary>
public static class MissingPersonProfileApi
{
    public static RouteGroupBuilder MapMissingPersonProfileApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/children/{localId}/missing-person-profile", GetAsync)
            .RequireAuthorization(ApiPolicies.Read)
            .Produces<MissingPersonProfileResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetMissingPersonProfile")
            .WithSummary("The child's current missing person profile (Philomena Protocol), for a child the calling client reported; the photo inline as base64");
        return api;
    }

    private static async Task<Results<Ok<MissingPersonProfileResponse>, ProblemHttpResult>> GetAsync(string localId, HttpContext http, ISender mediator, CancellationToken cancellationToken)
    {
        var client = http.User.Identity?.Name ?? "";
        if (await mediator.Send(new GetMissingPersonProfile.Query(LocalId: localId, ApiClient: client), cancellationToken) is not { } p)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No missing person profile is held for a child with that local id that this client reported.");
        }

        var photo = p.HasPhoto ? await mediator.Send(new GetProfilePhoto.Query(p.ChildId, client), cancellationToken) : null;
        return TypedResults.Ok(new MissingPersonProfileResponse(
            p.ChildLocalId, p.VersionNumber, p.SavedAt, p.ReviewDueAt,
            new(p.Height, p.Build, p.Hair, p.Eyes, p.Ethnicity, p.IdentifyingFeatures),
            photo is null ? null : new(photo.ContentType, Convert.ToBase64String(photo.Content)),
            p.Associates, p.PlacesFrequented, p.PhoneNumbers, p.SocialMedia, p.Medication, p.MedicalConditions,
            new(p.Clothing, p.LastSeenWhere, p.LastSeenAt, p.LastSeenWith, p.MissingCircumstances))
        { ChildId = p.ChildId, ProfileId = p.Id });
    }
}

/// <summary>A child's current missing person profile, as the police read it.</summary>
public sealed record MissingPersonProfileResponse(
    string LocalId, int Version, DateTimeOffset SavedAt, DateTimeOffset? ReviewDueAt, ProfileDescription Description, ProfilePhotoBody? Photo,
    string? Associates, string? PlacesFrequented, string? PhoneNumbers, string? SocialMedia, string? Medication, string? MedicalConditions,
    ProfileWhileMissing WhileMissing) : IShowsChildRecords
{
    /// <summary>The child's id: audited as read (IShowsChildRecords), not part of the API's answer.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ChildId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProfileId { get; init; }

    IEnumerable<ChildRecordRead> IShowsChildRecords.RecordsShown =>
        [ChildRecordRead.Child(ChildId), ChildRecordRead.Of(ChildId, nameof(Domain.Profiles.MissingPersonProfile), ProfileId)];
}

public sealed record ProfileDescription(string? Height, string? Build, string? Hair, string? Eyes, string? Ethnicity, string? IdentifyingFeatures);

/// <summary>The photo inline: its type (<c>image/jpeg</c> or <c>image/png</c>) and its bytes as base64.</summary>
public sealed record ProfilePhotoBody(string ContentType, string Base64);

public sealed record ProfileWhileMissing(string? Clothing, string? LastSeenWhere, DateTimeOffset? LastSeenAt, string? LastSeenWith, string? Circumstances);
