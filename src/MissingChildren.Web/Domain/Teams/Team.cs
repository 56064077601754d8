namespace MissingChildren.Web.Domain.Teams;

/// <summary>A team of practitioners: Front Door, Corporate Parenting, Family Wellbeing, the Emergency Duty Team...</summary>
public sealed class Team : Entity
{
    public required string Name { get; set; }

    public Agency Agency { get; set; }

    /// <summary>What the team does, in a sentence, for administrators and allocation lists.</summary>
    public string? Description { get; set; }
}
