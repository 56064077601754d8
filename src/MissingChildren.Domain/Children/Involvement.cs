namespace MissingChildren.Domain.Children;

/// <summary>One service the child is (or was) open to.</summary>
public sealed class Involvement : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public InvolvementType Type { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>For CLA: the legal status (for example C2, V2, J2).</summary>
    public string? LegalStatus { get; set; }

    /// <summary>For CLAOtherAuthority: the authority that looks after the child.</summary>
    public string? HomeAuthority { get; set; }

    public bool IsOpen => EndDate is null;
}
