namespace MissingChildren.Domain.Profiles;

/// <summary>
/// One version of a child's missing person profile (the Philomena Protocol): what the police need to find the child
/// quickly, kept by the child's carers and social worker. It belongs to the child, not to a placement, so it moves
/// with them. Saving makes a new version; earlier versions are kept and only the current one is shown and shared.
/// </summary>
public sealed class MissingPersonProfile : Entity, IBelongsToChild
{
    /// <summary>How often a person reviews the profile: six months after the last review, a review is due.</summary>
    public const int ReviewEveryMonths = 6;

    public Guid ChildId { get; set; }

    public int VersionNumber { get; set; } = 1;

    public bool IsCurrent { get; set; } = true;

    public string? Height { get; set; }

    public string? Build { get; set; }

    public string? Hair { get; set; }

    public string? Eyes { get; set; }

    /// <summary>Ethnicity as described (how the child looks, for a description), not a recorded category.</summary>
    public string? Ethnicity { get; set; }

    public string? IdentifyingFeatures { get; set; }

    public string? Associates { get; set; }

    public string? PlacesFrequented { get; set; }

    public string? PhoneNumbers { get; set; }

    public string? SocialMedia { get; set; }

    public string? Medication { get; set; }

    public string? MedicalConditions { get; set; }

    /// <summary>A recent photo (JPEG or PNG), as uploaded.</summary>
    public byte[]? Photo { get; set; }

    public string? PhotoContentType { get; set; }

    /// <summary>While missing: what the child was wearing.</summary>
    public string? Clothing { get; set; }

    /// <summary>While missing: where the child was last seen.</summary>
    public string? LastSeenWhere { get; set; }

    /// <summary>While missing: when the child was last seen.</summary>
    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>While missing: who the child was last seen with.</summary>
    public string? LastSeenWith { get; set; }

    /// <summary>While missing: the circumstances, as the missing report gave them.</summary>
    public string? MissingCircumstances { get; set; }

    /// <summary>The episode the "while missing" part was filled for.</summary>
    public Guid? WhileMissingEpisodeId { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string SavedBy { get; set; }

    /// <summary>When a person last saved the profile, checking it through (a version filled from a missing report is not a review).</summary>
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Six months after the last review; none before anyone has written the profile.</summary>
    public DateTimeOffset? ReviewDueAt => ReviewedAt?.AddMonths(ReviewEveryMonths);

    /// <summary>
    /// A person saves the profile: the next version after <paramref name="current"/> (none for the first), with what
    /// they wrote; the photo is kept unless they give a new one. It counts as the profile's review.
    /// </summary>
    public static MissingPersonProfile Saved(MissingPersonProfile? current, MissingPersonProfile written, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(written);
        var next = Next(current, written, written.SavedBy, at);
        if (written.Photo is null && current is not null)
        {
            next.Photo = current.Photo;
            next.PhotoContentType = current.PhotoContentType;
        }

        next.ReviewedAt = at;
        return next;
    }

    /// <summary>
    /// The child has been reported missing: the next version, with the "while missing" part filled from the report
    /// (where and when last seen, the circumstances) and everything else as it was. Not a review.
    /// </summary>
    public static MissingPersonProfile WhileMissing(
        MissingPersonProfile? current, Guid childId, Guid episodeId, string? lastSeenWhere, DateTimeOffset? lastSeenAt, string? circumstances, string savedBy, DateTimeOffset at)
    {
        var next = current is null
            ? new MissingPersonProfile { ChildId = childId, SavedBy = savedBy }
            : Next(current, current, savedBy, at);
        next.SavedAt = at;
        next.SavedBy = savedBy;
        next.ReviewedAt = current?.ReviewedAt;
        next.Clothing = null;
        next.LastSeenWith = null;
        next.LastSeenWhere = lastSeenWhere;
        next.LastSeenAt = lastSeenAt;
        next.MissingCircumstances = circumstances;
        next.WhileMissingEpisodeId = episodeId;
        return next;
    }

    private static MissingPersonProfile Next(MissingPersonProfile? current, MissingPersonProfile from, string savedBy, DateTimeOffset at)
    {
        if (current is not null)
        {
            current.IsCurrent = false;
        }

        return new MissingPersonProfile
        {
            ChildId = current?.ChildId ?? from.ChildId,
            VersionNumber = (current?.VersionNumber ?? 0) + 1,
            Height = from.Height,
            Build = from.Build,
            Hair = from.Hair,
            Eyes = from.Eyes,
            Ethnicity = from.Ethnicity,
            IdentifyingFeatures = from.IdentifyingFeatures,
            Associates = from.Associates,
            PlacesFrequented = from.PlacesFrequented,
            PhoneNumbers = from.PhoneNumbers,
            SocialMedia = from.SocialMedia,
            Medication = from.Medication,
            MedicalConditions = from.MedicalConditions,
            Photo = from.Photo,
            PhotoContentType = from.PhotoContentType,
            Clothing = from.Clothing,
            LastSeenWhere = from.LastSeenWhere,
            LastSeenAt = from.LastSeenAt,
            LastSeenWith = from.LastSeenWith,
            MissingCircumstances = from.MissingCircumstances,
            WhileMissingEpisodeId = from.WhileMissingEpisodeId ?? current?.WhileMissingEpisodeId,
            SavedAt = at,
            SavedBy = savedBy,
        };
    }
}
