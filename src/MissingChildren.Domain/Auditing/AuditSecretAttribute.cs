namespace MissingChildren.Domain.Auditing;

/// <summary>
/// A secret column (an API key's hash): the audit log records that it was set or changed, never its value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditSecretAttribute : Attribute;
