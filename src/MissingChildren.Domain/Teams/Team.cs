namespace MissingChildren.Domain.Teams;

/// <summary>A team of practitioners: Front Door, Corporate Parenting, Family Wellbeing, the Emergency Duty Team...</summary>
public sealed class Team : Entity
{
    public required string Name { get; set; }

    public Agency Agency { get; set; }

    /// <summary>What the team does in the missing process: where the duty engine sends work.</summary>
    public TeamFunction Function { get; set; }

    /// <summary>What the team does, in a sentence, for administrators and allocation lists.</summary>
    public string? Description { get; set; }
}

/// <summary>A team's part in the missing process.</summary>
public enum TeamFunction
{
    /// <summary>Social workers who hold children's cases.</summary>
    SocialWork,

    /// <summary>Receives notifications and keeps oversight (R1, R3).</summary>
    FrontDoor,

    /// <summary>Does return home interviews (R3, R17).</summary>
    ReturnInterviews,

    /// <summary>Out-of-hours social work (R6).</summary>
    EmergencyDuty,

    /// <summary>Children missing education and attendance (R39, R40).</summary>
    Education,

    Other,
}
