namespace MissingChildren.Domain.Profiles;

/// <summary>The photo on a missing person profile: a JPEG or PNG, known by its bytes (never by its file name), of a limited size.</summary>
public static class ProfilePhoto
{
    /// <summary>The largest photo kept: 2 MB, enough for a clear photo of a face from a phone.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>"image/jpeg" or "image/png" when the bytes are one; otherwise null.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return "image/jpeg";
        }

        return bytes.StartsWith(Png) ? "image/png" : null;
    }
}
