using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.Domain.Authorisations;

public enum Decision
{
    Authorised,
    Returned,
}

/// <summary>
/// A manager's decision on an RHI or risk assessment (R30): authorised with exactly one outcome and a rationale, or
/// returned to the worker with a reason. Kept for good; an authorised record is locked and a correction is a new
/// version.
/// </summary>
public sealed class AuthorisationDecision : Entity, IBelongsToChild
{
    public Guid ChildId { get; set; }

    public Guid? EpisodeId { get; set; }

    public Guid DutyTaskId { get; set; }

    public Guid? ReturnHomeInterviewId { get; set; }

    public Guid? RiskAssessmentId { get; set; }

    public Decision Decision { get; set; }

    /// <summary>R30: the one outcome recorded when authorised.</summary>
    public ManagerOutcome? Outcome { get; set; }

    /// <summary>Why: the manager's rationale, or the reason for returning it.</summary>
    public required string Reason { get; set; }

    public required string DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}

/// <summary>
/// R30 (001 §3.2, §3.5): nothing is finalised until the child is found and the RHI is done, refused, or the absence
/// found unauthorised rather than missing. Says which condition is missing, in words a manager can act on.
/// </summary>
public static class AuthorisationConditions
{
    public static IReadOnlyList<string> Missing(IEnumerable<(EpisodeStatus Status, EpisodeCategory Category)> episodes, RhiStatus? rhiConcludedAs, bool rhiRequired)
    {
        var problems = new List<string>();
        var list = episodes.ToList();
        if (list.Any(e => e.Status == EpisodeStatus.Open))
        {
            problems.Add("The child has not been found: record the return before authorising");
        }

        var missingEpisode = list.Any(e => e.Category == EpisodeCategory.Missing);
        if (rhiRequired && missingEpisode && rhiConcludedAs is not (RhiStatus.Completed or RhiStatus.Declined or RhiStatus.NoContact))
        {
            problems.Add("The return home interview has not been done, declined or recorded as no contact");
        }

        return problems;
    }

    /// <summary>The R30 outcomes as a manager reads them.</summary>
    public static string Describe(ManagerOutcome outcome) => outcome switch
    {
        ManagerOutcome.ReferToChildrensServices => "Refer to Children's Services for assessment",
        ManagerOutcome.ContinueCurrentSupport => "Continue current support",
        ManagerOutcome.ConveneStrategyMeeting => "Convene a strategy meeting",
        ManagerOutcome.ConveneLegalPlanningMeeting => "Convene a legal planning meeting",
        ManagerOutcome.ReferToFamilyWellbeing => "Refer to Family Wellbeing for early help",
        ManagerOutcome.ReferToCommunityService => "Refer to a community service",
        ManagerOutcome.SupportDeclined => "Offer of support declined",
        _ => outcome.ToString(),
    };
}
