namespace MissingChildren.Domain.Plans;

/// <summary>The trigger plan (001 Appendix 3, shared with the police) or the missing prevention plan.</summary>
public enum PlanType
{
    TriggerPlan,
    PreventionPlan,
}

/// <summary>
/// One version of a child's trigger or prevention plan, with the sections of 001 Appendix 3. Saving makes a new
/// version; earlier versions are kept and only the current one is shown and shared.
/// </summary>
public sealed class Plan : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public PlanType Type { get; set; }

    public int VersionNumber { get; set; } = 1;

    public bool IsCurrent { get; set; } = true;

    /// <summary>"Background": risk of CCE/CSE, briefly why they are in care, additional needs.</summary>
    public string? Background { get; set; }

    /// <summary>"If Child/YP goes missing": curfew, steps carers take before ringing the police, people to contact first.</summary>
    public string? IfMissing { get; set; }

    /// <summary>"Police actions and important information".</summary>
    public string? PoliceActions { get; set; }

    /// <summary>"Frequented areas/addresses".</summary>
    public string? FrequentedPlaces { get; set; }

    /// <summary>"Potential lines of enquiry".</summary>
    public string? LinesOfEnquiry { get; set; }

    /// <summary>"Known associates", one a line.</summary>
    public string? KnownAssociates { get; set; }

    /// <summary>"Family members", one a line.</summary>
    public string? FamilyMembers { get; set; }

    /// <summary>"Involved professionals and their contact details", one a line.</summary>
    public string? Professionals { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string SavedBy { get; set; }
}
