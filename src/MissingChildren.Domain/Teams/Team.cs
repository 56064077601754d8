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

    /// <summary>The team of its function that work goes to when no other team of that function is configured for the child.</summary>
    public bool IsDefault { get; set; }

    /// <summary>Created because the case management system named it: an administrator has still to say what it does.</summary>
    public bool NeedsSetUp { get; set; }

    /// <summary>
    /// Where a return interview service (or another team with an area) works: postcode districts such as <c>ME4</c>,
    /// matched against the start of the child's postcode. Empty: no area of its own.
    /// </summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>The social work teams whose children this team serves (a return interview service per locality).</summary>
    public List<Guid> ServesTeamIds { get; set; } = [];
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

    /// <summary>Any other partner agency's team.</summary>
    Other,

    /// <summary>Youth service or youth offending service.</summary>
    YouthService,

    /// <summary>Named by the case management system; not yet set up by an administrator, so no work is routed by its kind.</summary>
    Unknown,
}
