using System.Globalization;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine on the return: the child's duties once their return is known.</summary>
public sealed partial class DutyEngine
{
    /// <summary>Duties on the child's return (R6, R7, R8, R17–R19, R28, R29, R31–R33).</summary>
    private void OnReturn(List<DutyRequirement> plan, ChildFacts child, EpisodeFacts episode, HistoryFacts history, RhiFacts? rhi, DateTimeOffset returnKnown)
    {
        var placedHere = profile.OtherAuthorities.PlacedHere;
        var offerDue = RhiOfferDueAt(RhiClock(episode, returnKnown).At);

        // R8: the home authority does the RHI: request their RHI form, remind 2 weeks after it was due, escalate 2 weeks after that.
        // Once their form has arrived, no step not raised yet is raised.
        if (episode.IsMissing && child.IsOtherAuthorityLookedAfter && placedHere.RhiByHomeAuthority && episode.RhiFormReceivedAt is null)
        {
            if (placedHere.RequestRhiFormFromHomeAuthority)
            {
                plan.Add(Episode(episode, TaskType.RhiFormRequest, RuleIds.OtherAuthorityChild, "Ask the home authority for their return home interview form",
                    returnKnown, calendar.EndOfSameWorkingDay(returnKnown), PolicyRole.FrontDoor, TeamKind.FrontDoor, 1, "request"));
                if (placedHere.FormReminderAfterDays is { } remindAfter)
                {
                    var remind = offerDue.AddDays(remindAfter);
                    plan.Add(Episode(episode, TaskType.RhiFormRequest, RuleIds.OtherAuthorityChild, "Remind the home authority: their return home interview form has not arrived",
                        remind, calendar.EndOfSameWorkingDay(remind), PolicyRole.FrontDoor, TeamKind.FrontDoor, 1, "reminder"));
                    if (placedHere.EscalateAfterFurtherDays is { } escalateAfter)
                    {
                        var escalate = remind.AddDays(escalateAfter);
                        plan.Add(Episode(episode, TaskType.RhiFormRequest, RuleIds.OtherAuthorityChild, "Escalate to the home authority's manager: return home interview form still missing",
                            escalate, calendar.EndOfSameWorkingDay(escalate), PolicyRole.TeamManager, TeamKind.FrontDoor, 1, "escalation"));
                    }
                }
            }
        }

        if (rhi is not null)
        {
            // R17: the clock starts where the profile's protocol starts it; an RHI asked for after the return (a
            // manager's request, R34) is raised, and runs, from when it was asked for.
            var known = rhi.RequestedAt > returnKnown ? rhi.RequestedAt : returnKnown;
            ReturnInterviewDuties(plan, child, episode, rhi, known, RhiClock(episode, rhi.RequestedAt));
        }
        else
        {
            ShortAbsenceDecision(plan, child, episode, history, returnKnown);
        }

        // R18 (000; 002 §5.1, §5.2): a child open to CSC gets meaningful contact from their social worker within 48 hours
        // of the return itself (the found time on the police report), not of the report reaching us.
        if (profile.AfterReturn.SocialWorkerContactWithinHours is { } contactHours && child.IsOpenToSocialCare)
        {
            var returned = new ClockAnchor(episode.FoundAt ?? returnKnown, "the child's return, the found time on the police report (000; 002 §5.1)");
            var contactDue = calendar.AddClockHours(returned.At, contactHours);
            plan.Add(Episode(episode, TaskType.SocialWorkerContact, RuleIds.SocialWorkerContact, "Missing return SW follow-up contact: see the child",
                returnKnown, contactDue, PolicyRole.SocialWorker, TeamKind.AllocatedTeam,
                explanation: _explain.ClockHours(RuleIds.SocialWorkerContact, returned, contactHours, contactDue)));
        }

        // 002 §5.2: the IRO is made aware when our looked-after child returns.
        if (profile.AfterReturn.IroNotificationOnReturnForLookedAfter && child.IsLookedAfter)
        {
            plan.Add(Episode(episode, TaskType.IroNotification, RuleIds.LookedAfterMissing, "Tell the Independent Reviewing Officer the child has returned",
                returnKnown, calendar.EndOfSameWorkingDay(returnKnown), PolicyRole.SocialWorker, TeamKind.AllocatedTeam, 1, "return"));
        }

        // R13 (003 "Specific consideration for Child in Care"): the IRO and senior leaders are told of the return via Need-to-Know.
        if (profile.WhileMissing.NeedToKnow is { OnReturnForLookedAfter: true } && child.IsLookedAfter)
        {
            plan.Add(Episode(episode, TaskType.IroNotification, RuleIds.NeedToKnow, "Tell the IRO and senior leaders (Need-to-Know) the child has returned",
                returnKnown, calendar.EndOfSameWorkingDay(returnKnown), PolicyRole.SocialWorker, TeamKind.AllocatedTeam, 1, "return"));
        }

        var excluded = ExcludedFromRiskSections(child);

        // R28 (002 §4.12): a CE screen for every missing child aged 13 and over, after the return, unless one was done
        // since the episode began.
        if (profile.AfterReturn.CeAssessment is { StartOnNotification: false } ce && !excluded
            && ce.IsRequiredFor(child.Age ?? 0, episode.IsMissing)
            && !(ce.SkipIfDoneSinceEpisodeBegan && history.CeAssessedAt >= episode.MissingFrom))
        {
            plan.Add(Episode(episode, TaskType.CeRiskAssessment, RuleIds.ExploitationAssessment, "Complete the child exploitation (CE) screen",
                returnKnown, CompletionDue(returnKnown, offerDue), PolicyRole.RhiWorker, TeamKind.ReturnInterviewService));
        }

        // R29 (002 §4.13): a missing risk assessment and prevention plan for every child without an allocated social worker.
        if (profile.AfterReturn.PreventionPlan is { RequiredWhenNoAllocatedSocialWorker: true } && !child.HasAllocatedSocialWorker && !excluded && episode.IsMissing)
        {
            plan.Add(Episode(episode, TaskType.PreventionPlan, RuleIds.PreventionPlan, "Complete the missing risk assessment and prevention plan",
                returnKnown, CompletionDue(returnKnown, offerDue), PolicyRole.RhiWorker, TeamKind.ReturnInterviewService));
        }

        // R29 (002 §4.16, §5.1, §5.2; 000): the social worker prepares or updates the prevention plan for a CIN, CP or CLA child.
        if (profile.AfterReturn.PreventionPlan is { SocialWorkerUpdatesForCinCpCla: true } && child.IsOpenToSocialCare && child.HasAllocatedSocialWorker
            && !excluded && episode.IsMissing)
        {
            plan.Add(Episode(episode, TaskType.PreventionPlan, RuleIds.PreventionPlan, "Prepare or update the missing prevention plan",
                returnKnown, CompletionDue(returnKnown, offerDue), PolicyRole.SocialWorker, TeamKind.AllocatedTeam, 1, "social-worker"));
        }

        // R31 (001 §3.4): a Serious Incident Notification when looked after, CIN or CP, or missing 24 hours or more.
        if (profile.AfterReturn.SeriousIncidentNotification is { } sin && !excluded && episode.IsMissing
            && sin.IsRequired(child.IsLookedAfter, child.IsChildInNeed || child.HasProtectionPlan, episode.MissingFor(returnKnown)))
        {
            plan.Add(Episode(episode, TaskType.SeriousIncidentNotification, RuleIds.SeriousIncidentNotification, "Send the Serious Incident Notification to the Assistant Director",
                returnKnown, calendar.AddWorkingDays(returnKnown, 1), sin.SentBy, TeamKind.AllocatedTeam));
        }

        // R32 (001 §3.6): regular or multiple episodes: a trigger plan, shared with the police where the profile says.
        if (profile.AfterReturn.TriggerPlan is { } trigger && history.EpisodesEver >= trigger.ConsiderFromEpisodes)
        {
            var share = trigger.SharedWithPolice ? " and share it with the police" : "";
            plan.Add(Episode(episode, TaskType.TriggerPlan, RuleIds.TriggerPlan,
                $"Write or update the trigger plan{share} ({Ordinal(history.EpisodesEver)} episode)",
                returnKnown, calendar.AddWorkingDays(returnKnown, PlanWorkingDays), PolicyRole.SocialWorker, TeamKind.AllocatedTeam));
        }

        // R33: three or more episodes (North Somerset), or three reports within 90 days (Medway): a professionals meeting.
        if (profile.AfterReturn.ProfessionalsMeeting is { } professionals)
        {
            var count = professionals.WithinDays is null ? history.EpisodesEver : history.EpisodesInLast90Days;
            if (count >= professionals.EpisodeCount)
            {
                var within = professionals.WithinDays is { } days ? $" in {days.ToString(CultureInfo.InvariantCulture)} days" : "";
                var family = professionals.ConsiderFamilyMeeting ? "; consider a family meeting too" : "";
                plan.Add(Episode(episode, TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting,
                    $"Convene a multi-agency professionals meeting: {count.ToString(CultureInfo.InvariantCulture)} episodes{within}{family}",
                    returnKnown, calendar.AddWorkingDays(returnKnown, PlanWorkingDays), professionals.ConvenedBy, TeamKind.AllocatedTeam, 1, "repeat"));
            }
        }
    }
}
