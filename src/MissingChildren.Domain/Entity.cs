namespace MissingChildren.Domain;

/// <summary>
/// A stored record with an identity and a version. The version changes on every save and is checked by the
/// database, so a second person saving over a change they have not seen gets a conflict, never a silent overwrite.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Optimistic concurrency token, renewed on every save.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
