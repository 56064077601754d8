namespace MissingChildren.Domain.Administration;

/// <summary>
/// One setting of a policy profile changed by an administrator: laid over the profile file, checked by the profile's
/// validator, applied to duties raised after <see cref="ChangedAt"/>. The audit log keeps every earlier value.
/// </summary>
public sealed class PolicyOverride : Entity
{
    /// <summary>The profile the setting belongs to: overrides of one profile are kept when another is chosen.</summary>
    public required string Profile { get; set; }

    /// <summary>The setting's place in the profile file, such as <c>returnInterview.offerWithinHours</c> or <c>whileMissing.longMissingReviews[0].chair</c>.</summary>
    public required string Path { get; set; }

    /// <summary>The new value as JSON.</summary>
    public required string ValueJson { get; set; }

    /// <summary>Why it was changed, in the administrator's words.</summary>
    public required string Reason { get; set; }

    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>The policy profile an administrator chose; without one, <c>Policy__Profile</c> from configuration applies.</summary>
public sealed class PolicyChoice : Entity
{
    public required string Profile { get; set; }

    public required string Reason { get; set; }

    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>A local closure day (a council's own holiday): not a working day for any deadline.</summary>
public sealed class ClosureDay : Entity
{
    public DateOnly Date { get; set; }

    public required string Reason { get; set; }

    public required string AddedBy { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>
/// One change to the policy or the working-day calendar, in order. Every web node compares the last number with the
/// one it built its policy from, and rebuilds when they differ, so a change made on one node applies on all.
/// </summary>
public sealed class PolicyRevision
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>What changed, for people ("Closure day 24 December 2026 added").</summary>
    public required string What { get; set; }
}
