using System.Globalization;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine's RHI duties: who offers it (R17, R6, R7), the independent person (R23) and the short-absence decision (R34).</summary>
public sealed partial class DutyEngine
{
    /// <summary>R17, R6, R7: the RHI offer, to the right people; R19 its allocation, R21 its completion and write-up.</summary>
    private void ReturnInterviewDuties(List<DutyRequirement> plan, ChildFacts child, EpisodeFacts episode, RhiFacts rhi, DateTimeOffset returnKnown, ClockAnchor clock)
    {
        var offerDue = RhiOfferDueAt(clock.At);
        var offerExplained = _explain.ClockHours(RuleIds.RhiOffer, clock, profile.ReturnInterview.OfferWithinHours, offerDue);
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
                            returnKnown, offerDue, PolicyRole.EmergencyDuty, TeamKind.EmergencyDuty, "edt-ce", offerExplained));
                    }

                    break;
                case OutOfHoursAction.AskChildWhoDoesRhi:
                    plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.OutOfHours,
                        $"Out of hours ({hours} hours to the next working day): ask the child who should do the interview and seek consent",
                        returnKnown, calendar.NextWorkingDayStart(returnKnown), PolicyRole.EmergencyDuty, TeamKind.EmergencyDuty, OutOfHoursAskQualifier));
                    break;
                case OutOfHoursAction.None:
                    break;
            }
        }

        var offerTitle = offerRole == PolicyRole.EmergencyDuty
            ? "Out of hours: offer and conduct the return home interview and the CE risk assessment"
            : "Offer the return home interview";
        plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.RhiOffer, offerTitle, returnKnown, offerDue, offerRole, offerTeam, OfferQualifier, offerExplained));

        if (offerRole == PolicyRole.RhiWorker)
        {
            AllocationDuty(plan, episode, rhi, returnKnown, offerDue);
        }

        CompletionDuties(plan, episode, rhi, clock, offerRole, offerTeam);

        // R3 (001 §2.13): Front Door, which keeps oversight, follows up an interview the service has not recorded in time.
        if (profile.ReturnInterview.FormFollowUpAfterHours is { } followUpAfter && offerTeam == TeamKind.ReturnInterviewService && !rhi.Concluded)
        {
            var followUp = calendar.AddClockHours(returnKnown, followUpAfter);
            plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.ServiceRouting,
                $"Interview not recorded {followUpAfter.ToString(CultureInfo.InvariantCulture)} hours after it was asked for: ask the worker when it will be done",
                followUp, calendar.EndOfSameWorkingDay(followUp), PolicyRole.FrontDoor, TeamKind.FrontDoor, "form-follow-up"));
        }

        // R8 (002 §8.1.3): where we do the interview of another authority's child, the form goes to their social worker once
        // the interview is done or refused: by the working day after the interview is due to be completed (R21).
        if (child.IsOtherAuthorityLookedAfter && profile.OtherAuthorities.PlacedHere.SendCompletedFormToHomeSocialWorker)
        {
            plan.Add(Rhi(rhi, episode, TaskType.HomeAuthorityNotification, RuleIds.OtherAuthorityChild,
                "Once the interview is done or refused, send the form to the child's social worker in their home authority",
                returnKnown, calendar.AddWorkingDays(CompletionDue(returnKnown, offerDue), 1), PolicyRole.RhiWorker, TeamKind.ReturnInterviewService,
                "form-to-home-social-worker"));
        }

        IndependentPersonDuties(plan, episode, rhi);
    }

    /// <summary>
    /// R19 (002 §4.2): the RHI service's team leader allocates the interview to a worker "within 24 hours during core
    /// working hours" of the service being informed (<see cref="RhiAllocateDueAt"/>); done by allocating it.
    /// </summary>
    private void AllocationDuty(List<DutyRequirement> plan, EpisodeFacts episode, RhiFacts rhi, DateTimeOffset raise, DateTimeOffset offerDue)
    {
        if (rhi.Allocated || rhi.Concluded || RhiAllocateDueAt(rhi.RequestedAt, offerDue) is not { } due)
        {
            return;
        }

        var informed = new ClockAnchor(rhi.RequestedAt, "the return home interview service being informed of the return (002 §4.1)");
        var sameTime = calendar.SameTimeNextWorkingDay(rhi.RequestedAt);
        var note = calendar.IsInCoreHours(rhi.RequestedAt)
            ? ""
            : $" Informed outside core hours, so the working day starts {_explain.Local(calendar.NextWorkingDayStart(rhi.RequestedAt))}.";
        var capped = due < sameTime ? $" That is after the R17 offer deadline, so the offer deadline, {_explain.Local(due)}, applies." : "";
        var explanation = _explain.Between(RuleIds.RhiAllocation, informed, sameTime,
            $"\"Within 24 hours during core working hours\" reads as the same time on the next working day.{note}{capped}");
        plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.RhiAllocation, "Allocate the return home interview to a worker",
            raise, due, PolicyRole.TeamManager, TeamKind.ReturnInterviewService, AllocateQualifier, explanation));
    }

    /// <summary>
    /// R21 (002 §3.3, §4.14): an accepted interview is held within 3 working days of acceptance (where the profile says;
    /// else within the profile's hours of the RHI clock, 001 §2.1 "offered and completed within 72 hours"), done by
    /// recording the interview; once held, the record is written up within the profile's hours, done by sending it for
    /// authorisation (R30).
    /// </summary>
    private void CompletionDuties(List<DutyRequirement> plan, EpisodeFacts episode, RhiFacts rhi, ClockAnchor clock, PolicyRole role, TeamKind team)
    {
        var settings = profile.ReturnInterview;
        if (rhi.AcceptedAt is { } accepted && rhi.InterviewedAt is null && !rhi.Concluded)
        {
            var acceptance = new ClockAnchor(accepted, "the interview being accepted (002 §3.3)");
            (string Rule, DateTimeOffset Due, string Explanation)? completion = settings.CompleteWithinWorkingDays is { } days
                ? (RuleIds.RhiCompletion, calendar.AddWorkingDays(accepted, days), _explain.WorkingDays(RuleIds.RhiCompletion, acceptance, days, calendar.AddWorkingDays(accepted, days)))
                : settings.CompleteWithinHours is { } hours
                    ? (RuleIds.RhiOffer, calendar.AddClockHours(clock.At, hours), _explain.ClockHours(RuleIds.RhiOffer, clock, hours, calendar.AddClockHours(clock.At, hours)))
                    : null;
            if (completion is { } c)
            {
                plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, c.Rule, "Hold the accepted return home interview and record it",
                    accepted, c.Due, role, team, CompleteQualifier, c.Explanation));
            }
        }

        if (settings.WriteUpWithinHours is { } writeUp && rhi.InterviewedAt is { } held && !rhi.Sent)
        {
            var interview = new ClockAnchor(held, "the interview being held (002 §4.14)");
            var due = calendar.AddClockHours(held, writeUp);
            plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.RhiCompletion, "Write up the interview record and send it for authorisation",
                held, due, role, team, WriteUpQualifier, _explain.ClockHours(RuleIds.RhiCompletion, interview, writeUp, due)));
        }
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
