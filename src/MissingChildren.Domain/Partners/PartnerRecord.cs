namespace MissingChildren.Domain.Partners;

/// <summary>What a partner record is: another local authority told (R41, R42), or a National Referral Mechanism referral (R44).</summary>
public enum PartnerRecordKind
{
    OtherAuthorityTold,
    NrmReferral,
}

/// <summary>How a partner was told.</summary>
public enum ContactMethod
{
    Phone,
    Email,
    SecureEmail,
}

/// <summary>
/// The record of a partner told or referred to, which closes the duty that asked for it: another local authority told of a
/// family missing (R41) or of a child missing from or found in their area (R42), or the National Referral Mechanism referral
/// made when there are reasonable grounds to believe a child is a victim of trafficking or modern slavery (R44).
/// </summary>
public sealed class PartnerRecord : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public Guid? EpisodeId { get; set; }

    /// <summary>The duty it closed.</summary>
    public Guid DutyTaskId { get; set; }

    public PartnerRecordKind Kind { get; set; }

    /// <summary>Who was told or referred to: the local authority, or the Modern Slavery and Human Trafficking Unit (NRM).</summary>
    public required string Recipient { get; set; }

    /// <summary>R41, R42: the person or team told.</summary>
    public string? PersonOrTeam { get; set; }

    /// <summary>R41, R42: how they were told.</summary>
    public ContactMethod? Method { get; set; }

    /// <summary>R44: the NRM referral's reference.</summary>
    public string? Reference { get; set; }

    /// <summary>R44: who made the referral (the allocated social worker, 003).</summary>
    public string? MadeBy { get; set; }

    /// <summary>When they were told, or the referral was made.</summary>
    public DateTimeOffset At { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    /// <summary>The partner a family-missing or other-area duty names, for its key: letters and digits, lower case, at most 60.</summary>
    public static string KeyOf(string authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var letters = new string([.. authority.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
        return letters.Length > 60 ? letters[..60] : letters;
    }

    /// <summary>R41: the authorities named, one a line, each once, in the order given.</summary>
    public static IReadOnlyList<string> Authorities(string? lines) =>
        [.. (lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).DistinctBy(KeyOf, StringComparer.Ordinal)];
}
