namespace MissingChildren.Domain.Episodes;

/// <summary>Missing or absent (domain.md "Words"). An absence can be re-categorised as missing.</summary>
public enum EpisodeCategory
{
    Missing,
    Absent,
}

/// <summary>Open while the child is missing; Returned once found; Closed when finalised.</summary>
public enum EpisodeStatus
{
    Open,
    Returned,
    Closed,
}

/// <summary>Police risk grading: a child is never graded Low (003).</summary>
public enum PoliceRiskLevel
{
    High,
    Medium,
}
