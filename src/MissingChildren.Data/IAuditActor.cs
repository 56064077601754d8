namespace MissingChildren.Data;

/// <summary>
/// Who the audit log names for a change (<see cref="AuditingInterceptor"/>): a member of staff, an integration
/// client or the system. The host's current actor provides it.
/// </summary>
public interface IAuditActor
{
    /// <summary>The name written to the audit log.</summary>
    string Name { get; }
}
