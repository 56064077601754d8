namespace MissingChildren.Domain.Auditing;

/// <summary>
/// One change to (or view of) a record: who, when, what. Written by the data layer for every audited change,
/// so no use case can forget it. Holds field names and values of the changed record, never log output.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The signed-in user or integration client; "system" for jobs.</summary>
    public required string Actor { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The child the record belongs to, so a child's history can be read in one query.</summary>
    public Guid? ChildId { get; set; }

    /// <summary>Added, Modified, Deleted or Viewed.</summary>
    public required string Action { get; set; }

    /// <summary>The changed fields as JSON: { "Field": { "from": ..., "to": ... } }.</summary>
    public string? Changes { get; set; }
}
