namespace MissingChildren.Domain.Children;

/// <summary>What a child is open to (domain.md "Involvement"; api.md <c>involvements[].type</c>).</summary>
public enum InvolvementType
{
    /// <summary>Child Looked After by this authority.</summary>
    CLA,

    /// <summary>Looked after by another authority and placed here; the home authority is recorded.</summary>
    CLAOtherAuthority,

    /// <summary>Child Protection plan.</summary>
    CP,

    /// <summary>Child in Need.</summary>
    CIN,

    /// <summary>Early Help / Family Wellbeing.</summary>
    EarlyHelp,

    /// <summary>Youth Offending Service.</summary>
    YOS,

    /// <summary>Children Missing Education.</summary>
    CME,

    /// <summary>A care leaver the council supports (R34, 004 step 6; 003 covers them up to 25).</summary>
    CareLeaver,
}
