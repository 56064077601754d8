using MissingChildren.Domain.Children;

namespace MissingChildren.Web.Features.Children;

/// <summary>
/// What the signed-in person may do with each part of one child's record: the need-to-know matrix
/// (<see cref="NeedToKnow"/>) for their roles once they work with the child, else nothing (<see cref="ChildAccess.PartsAsync"/>).
/// The case view links a tab, shows a section or offers an action only where this says so.
/// </summary>
public sealed class CaseParts
{
    private readonly Dictionary<RecordPart, PartAccess> _parts;

    public CaseParts(IEnumerable<KeyValuePair<RecordPart, PartAccess>> parts) => _parts = new(parts);

    /// <summary>Nothing of the record: for someone who does not work with the child.</summary>
    public static CaseParts None { get; } = new([]);

    public PartAccess this[RecordPart part] => _parts.GetValueOrDefault(part);

    public bool MayRead(RecordPart part) => this[part] >= PartAccess.Read;

    public bool MayChange(RecordPart part) => this[part] >= PartAccess.Change;
}
