namespace MissingChildren.Domain.Policy;

/// <summary>Safeguarding decisions beyond the missing process (R45).</summary>
public sealed record SafeguardingSettings
{
    /// <summary>R45: publicity for a missing looked-after child; null when not applied.</summary>
    public PublicityDecisionSettings? PublicityDecision { get; init; }
}

/// <summary>R45 (003): publicity decision for a missing looked-after child.</summary>
public sealed record PublicityDecisionSettings
{
    public required ChildGroup AppliesTo { get; init; }

    public required PolicyRole DecidedBy { get; init; }

    public required bool ConsultSocialWorkerAndPolice { get; init; }

    public required bool ParentsWarnedFirst { get; init; }
}
