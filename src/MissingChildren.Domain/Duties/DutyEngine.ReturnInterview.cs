using System.Globalization;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine's RHI duties: who offers it (R17, R6, R7), the independent person (R23) and the short-absence decision (R34).</summary>
public sealed partial class DutyEngine
{
    /// <summary>R17, R6, R7: the RHI offer, to the right people.</summary>
    private void ReturnInterviewDuties(List<DutyRequirement> plan, ChildFacts child, EpisodeFacts episode, RhiFacts rhi, DateTimeOffset returnKnown, DateTimeOffset offerDue)
    {
        var offerRole = PolicyRole.RhiWorker;
        var offerTeam = TeamKind.ReturnInterviewService;

        // R7 (002 §4.3): a child under 8 is directed to Children's Social Care.
        if (profile.Intake.DirectToChildrensSocialCareUnderAge is { } underAge && child.Age < underAge)
        {
            offerRole = PolicyRole.SocialWorker;
            offerTeam = TeamKind.AllocatedTeam;
        }

        // R6 (001 §1.6): returned out of hours: depends on how far away the next working day is.
        if (profile.ReturnInterview.OutOfHours is { } outOfHours && !calendar.IsInCoreHours(returnKnown))
        {
            var untilWorkingDay = calendar.UntilNextWorkingDay(returnKnown);
            var hours = ((int)untilWorkingDay.TotalHours).ToString(CultureInfo.InvariantCulture);
            switch (outOfHours.ActionFor(untilWorkingDay))
            {
                case OutOfHoursAction.EdtConductsRhi:
                    offerRole = PolicyRole.EmergencyDuty;
                    offerTeam = TeamKind.EmergencyDuty;

                    // The EDT worker also completes the CE risk assessment, unless one was started when the notification arrived.
                    var ceStarted = profile.AfterReturn.CeAssessment is { StartOnNotification: true } started && started.IsRequiredFor(child.Age ?? 0, episode.IsMissing);
                    if (outOfHours.EdtCompletesCeAssessment && !ExcludedFromRiskSections(child) && !ceStarted)
                    {
                        plan.Add(Rhi(rhi, episode, TaskType.CeRiskAssessment, RuleIds.OutOfHours,
                            $"Out of hours ({hours} hours to the next working day): complete the CE risk assessment with the interview",
                            returnKnown, offerDue, PolicyRole.EmergencyDuty, TeamKind.EmergencyDuty, "edt-ce"));
                    }

                    break;
                case OutOfHoursAction.AskChildWhoDoesRhi:
                    plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.OutOfHours,
                        $"Out of hours ({hours} hours to the next working day): ask the child who should do the interview and seek consent",
                        returnKnown, calendar.NextWorkingDayStart(returnKnown), PolicyRole.EmergencyDuty, TeamKind.EmergencyDuty, "edt-ask"));
                    break;
                case OutOfHoursAction.None:
                    break;
            }
        }

        var offerTitle = offerRole == PolicyRole.EmergencyDuty
            ? "Out of hours: offer and conduct the return home interview and the CE risk assessment"
            : "Offer the return home interview";
        plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.RhiOffer, offerTitle, returnKnown, offerDue, offerRole, offerTeam, "offer"));

        IndependentPersonDuties(plan, episode, rhi);
    }

    /// <summary>
    /// R23 (001 §2.6, §2.9, §2.10): a child in care who asks for an independent person: their social worker asks the
    /// independent service within 24 hours; no answer 72 hours after asking: follows it up; nothing 3 working days
    /// after the planned interview date: tells their team manager. Each stops once done, and all stop when the
    /// interview is concluded.
    /// </summary>
    /// <remarks>
    /// Policy readings where the protocol gives no deadline: the follow-up is due by the end of the working day it
    /// falls on (or the next one); the manager acts by the end of the next working day.
    /// </remarks>
    private void IndependentPersonDuties(List<DutyRequirement> plan, EpisodeFacts episode, RhiFacts rhi)
    {
        if (profile.ReturnInterview.IndependentPerson is not { } settings || rhi.Independent is not { } request || rhi.Concluded)
        {
            return;
        }

        if (request.RequestedAt is null)
        {
            plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.LookedAfterChoice, "Ask the independent service to do the child's return home interview",
                request.ChosenAt, request.RequestDueAt, PolicyRole.SocialWorker, TeamKind.AllocatedTeam, IndependentRequestQualifier));
            return;
        }

        if (request.ResponseAt is null)
        {
            var followUp = calendar.AddClockHours(request.RequestedAt.Value, settings.FollowUpAfterHours);
            plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.LookedAfterChoice,
                $"No answer from the independent service {settings.FollowUpAfterHours} hours after the request: follow it up and note the outcome",
                followUp, calendar.EndOfSameWorkingDay(followUp), PolicyRole.SocialWorker, TeamKind.AllocatedTeam, IndependentFollowUpQualifier));
        }

        if (request.PlannedDate is { } planned)
        {
            var tell = calendar.AddWorkingDays(calendar.CoreHoursStart(planned), settings.TellManagerAfterWorkingDays);
            plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.LookedAfterChoice,
                $"Independent interview not recorded {settings.TellManagerAfterWorkingDays} working days after its planned date: take it up with the independent service",
                tell, calendar.AddWorkingDays(tell, 1), PolicyRole.TeamManager, TeamKind.AllocatedTeam, IndependentManagerQualifier));
        }
    }

    /// <summary>
    /// R34 (004 step 6): a looked-after child's (or care leaver's) absence under 24 hours gets no RHI of its own; the
    /// manager decides whether one is needed, with the number of recent episodes in front of them for repeats.
    /// A policy reading: the decision is due by the end of the next working day, so an RHI asked for still has its 72 hours.
    /// </summary>
    private void ShortAbsenceDecision(List<DutyRequirement> plan, ChildFacts child, EpisodeFacts episode, HistoryFacts history, DateTimeOffset returnKnown)
    {
        if (profile.ReturnInterview.RepeatShortAbsences is not { OnManagerRequest: true } settings
            || !settings.AppliesTo.Any(child.IsIn)
            || episode.FoundAt is not { } found
            || found - episode.MissingFrom >= TimeSpan.FromHours(settings.UnderHours))
        {
            return;
        }

        var repeats = history.EpisodesInLast90Days > 1 ? $" ({Ordinal(history.EpisodesInLast90Days)} episode in 90 days)" : "";
        var who = child.IsLookedAfter ? "a child in care" : "a care leaver";
        plan.Add(Episode(episode, TaskType.ReturnHomeInterview, RuleIds.ShortAbsence,
            $"Short absence{repeats} of {who}: decide whether a return home interview is needed",
            returnKnown, calendar.AddWorkingDays(returnKnown, 1), PolicyRole.TeamManager, TeamKind.AllocatedTeam, 1, ShortAbsenceQualifier));
    }
}
