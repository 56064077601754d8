namespace MissingChildren.Domain;

/// <summary>A record that is part of one child's case: its audit entries are filed on that child's history.</summary>
public interface IBelongsToChild
{
    Guid ChildId { get; }
}
