using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Plans;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>
/// How a duty is done (screens.md "complete a duty"). Duties whose work is telling someone, briefing or deciding are
/// recorded done directly, with what was done; the rest close themselves when their record is made (a meeting, a
/// contact, an interview, an assessment, a plan, an authorisation, a filed document, another authority told (R41, R42),
/// a National Referral Mechanism referral (R44)).
/// </summary>
public static class DutyCompletion
{
    private static readonly HashSet<TaskType> Direct =
    [
        TaskType.HeadOfServiceAlert,        // R10, R12 (Medway)
        TaskType.NeedToKnow,                // R13
        TaskType.DirectorBriefing,          // R14
        TaskType.HomeAuthorityNotification, // R8
        TaskType.IroNotification,           // R10, R13
        TaskType.CpCoordinatorNotification, // R11
        TaskType.PublicityDecision,         // R45
        TaskType.NoTraceReport,             // R40
        TaskType.Referral,                  // R30: the referral the manager's outcome asks for
        TaskType.AgencyChecksConsent,       // R4
    ];

    /// <summary>
    /// Whether the duty is recorded done directly: the telling, briefing and deciding duties, and Front Door's follow-up of
    /// an interview not yet recorded (R3, 001 §2.13), which the interview itself also closes.
    /// </summary>
    public static bool IsRecordedDirectly(TaskType type, string ruleId) =>
        Direct.Contains(type) || (type == TaskType.ReturnHomeInterview && ruleId == RuleIds.ServiceRouting);

    /// <summary>
    /// R29 (002 §4.13): where the profile says so, a prevention plan that is not completed for one of the plan's own
    /// reasons is closed by recording why, as a case note.
    /// </summary>
    public static bool MayCloseAsNotNeeded(TaskType type, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return type == TaskType.PreventionPlan && profile.AfterReturn.PreventionPlan is { ReasonRecordedWhenNotCompleted: true };
    }

    /// <summary>The duty a recorded meeting discharges: R12 strategy meeting (or case review), R33 professionals
    /// meeting, R15 long-missing review. Other meetings discharge none.</summary>
    public static TaskType? DischargedBy(MeetingType meeting) => meeting switch
    {
        MeetingType.StrategyMeeting => TaskType.StrategyMeeting,
        MeetingType.ProfessionalsMeeting => TaskType.ProfessionalsMeeting,
        MeetingType.LongMissingReview => TaskType.LongMissingReview,
        _ => null,
    };

    /// <summary>The duty a saved plan discharges: R32 trigger plan, R29 prevention plan.</summary>
    public static TaskType DischargedBy(PlanType plan) => plan switch
    {
        PlanType.TriggerPlan => TaskType.TriggerPlan,
        _ => TaskType.PreventionPlan,
    };
}
