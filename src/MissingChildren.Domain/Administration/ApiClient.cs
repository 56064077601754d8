using MissingChildren.Domain.Auditing;

namespace MissingChildren.Domain.Administration;

/// <summary>
/// An integration client created by an administrator (api.md "Clients and keys"). Its key is shown once and kept only
/// as a SHA-256 hash; after a rotation the previous key keeps working until <see cref="PreviousKeyValidUntil"/>.
/// </summary>
public sealed class ApiClient : Entity
{
    public required string Name { get; set; }

    public Agency Agency { get; set; }

    /// <summary>Comma-separated scopes: <c>notifications:write</c>, <c>children:write</c>, <c>read</c>.</summary>
    public required string Scopes { get; set; }

    [AuditSecret]
    public required byte[] KeyHash { get; set; }

    /// <summary>The first characters of the key, so a person can tell which key a system holds without the key.</summary>
    public required string KeyHint { get; set; }

    [AuditSecret]
    public byte[]? PreviousKeyHash { get; set; }

    public DateTimeOffset? PreviousKeyValidUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? KeyRotatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When the client last sent a request (kept to the minute, not written on every request).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
