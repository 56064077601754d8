using System.Security.Cryptography;
using System.Text;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Web.Infrastructure.Api;

/// <summary>How integration keys are made, kept and recognised (api.md "Clients and keys").</summary>
public static class ApiKeys
{
    /// <summary>How many of a key's first characters are kept to tell keys apart: a small part of its 256 bits.</summary>
    public const int HintLength = 6;

    private const int RandomBytes = 32;

    /// <summary>A new key: 32 random bytes from the operating system's generator, base64url (43 characters).</summary>
    public static string Generate()
    {
        var key = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
        System.Diagnostics.Debug.Assert(key.Length >= IntegrationOptions.MinimumKeyLength, "A generated key is at least as long as a configured one must be.");
        return key;
    }

    /// <summary>The SHA-256 hash a key is kept and compared as.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The first characters of a key, shown so a person can tell which key a system holds.</summary>
    public static string Hint(string key) => key.Length <= HintLength ? "" : key[..HintLength];

    /// <summary>Comma-separated scopes as a list.</summary>
    public static IReadOnlyList<string> ScopeList(string scopes) =>
        scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
