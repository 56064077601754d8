using System.Globalization;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;

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

    /// <summary>R30: a strategy meeting the outcome asks for is held within this many working days (a policy reading: 001 gives no number).</summary>
    public const int StrategyMeetingWithinWorkingDays = 3;

    /// <summary>R30: a referral the outcome asks for is made within this many working days (a policy reading: 001 gives no number).</summary>
    public const int ReferralWithinWorkingDays = 1;

    /// <summary>
    /// R30 (001 §3.2, §3.3): what an authorised outcome sets going, as duties: "convene a strategy meeting" for the
    /// manager of the child's team (<paramref name="childTeamId"/>; Front Door's when the child has none), closed by
    /// recording the meeting; "refer to Children's Services" or "to Family Wellbeing" for Front Door
    /// (<paramref name="frontDoorTeamId"/>), closed by recording the referral made. Each says which decision raised it.
    /// Other outcomes, and a return to the worker, need none.
    /// </summary>
    public IReadOnlyList<DutyTask> DutiesRequired(WorkingCalendar calendar, Guid? childTeamId, Guid? frontDoorTeamId)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Decision != Decision.Authorised)
        {
            return [];
        }

        return Outcome switch
        {
            ManagerOutcome.ConveneStrategyMeeting =>
                [OutcomeDuty(calendar, TaskType.StrategyMeeting, "Convene a strategy meeting", StrategyMeetingWithinWorkingDays, PolicyRole.TeamManager, childTeamId ?? frontDoorTeamId)],
            ManagerOutcome.ReferToChildrensServices =>
                [OutcomeDuty(calendar, TaskType.Referral, "Refer to Children's Services for assessment", ReferralWithinWorkingDays, PolicyRole.FrontDoor, frontDoorTeamId)],
            ManagerOutcome.ReferToFamilyWellbeing =>
                [OutcomeDuty(calendar, TaskType.Referral, "Refer to Family Wellbeing for early help", ReferralWithinWorkingDays, PolicyRole.FrontDoor, frontDoorTeamId)],
            _ => [],
        };
    }

    private DutyTask OutcomeDuty(WorkingCalendar calendar, TaskType type, string what, int withinWorkingDays, PolicyRole role, Guid? teamId) => new()
    {
        ChildId = ChildId,
        EpisodeId = EpisodeId,
        Type = type,
        RuleId = RuleIds.ManagerAuthorisation,
        DedupeKey = string.Create(CultureInfo.InvariantCulture, $"{Id:N}/{RuleIds.ManagerAuthorisation}/{type}/outcome/1"),
        Title = string.Create(CultureInfo.InvariantCulture,
            $"{what}: the outcome recorded when the {(ReturnHomeInterviewId is null ? "risk assessment" : "return home interview")} was authorised on {calendar.LocalDate(DecidedAt):d MMMM yyyy}"),
        Status = DutyStatus.Open,
        RaisedAt = DecidedAt,
        DueAt = calendar.AddWorkingDays(DecidedAt, withinWorkingDays),
        AssigneeRole = role,
        AssigneeTeamId = teamId,
    };
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
