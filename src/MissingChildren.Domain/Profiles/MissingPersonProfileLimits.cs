namespace MissingChildren.Domain.Profiles;

/// <summary>How long each part of a missing person profile may be: the form, the database and the API keep the same limits.</summary>
public static class MissingPersonProfileLimits
{
    /// <summary>A description: height, build, hair, eyes, ethnicity as described.</summary>
    public const int Description = 100;

    /// <summary>Phone numbers, social media, where last seen, who with.</summary>
    public const int Line = 1000;

    /// <summary>Identifying features, associates, places, medical needs, clothing, circumstances.</summary>
    public const int Text = 4000;
}
