using System.Globalization;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Duties;

/// <summary>
/// The rules of domain.md (R1–R45) as duties: given a child, an episode and the time now, every duty the
/// policy profile says must exist, with its deadline, owner and rule. Pure: no database, no clock of its own.
/// Callers raise the requirements that are not raised yet (by <see cref="DutyRequirement.Key"/>), so running it
/// twice, or on two nodes, raises nothing twice.
/// </summary>
/// <remarks>
/// Deadlines: "N hours" is clock time from its anchor; "same working day", "N working days" and core hours are
/// calendar time in Europe/London (<see cref="WorkingCalendar"/>). Anchors: duties on a missing report run from
/// when the council was notified; strategy meetings and reviews from when the child was last seen; duties on
/// return from when the return became known.
/// </remarks>
public sealed class DutyEngine(PolicyProfile profile, WorkingCalendar calendar)
{
    /// <summary>"At once" (R10 004 step 1): within the hour. A policy reading where the protocol gives no number.</summary>
    public static readonly TimeSpan AtOnce = TimeSpan.FromHours(1);

    /// <summary>Reviews far in the future are raised this long before they are due, so they can be planned.</summary>
    public static readonly TimeSpan ReviewNotice = TimeSpan.FromDays(7);

    /// <summary>R23: the qualifiers of the independent-person duties' keys, so the actions that fulfil them can close them.</summary>
    public const string IndependentRequestQualifier = "independent-request";

    public const string IndependentFollowUpQualifier = "independent-follow-up";

    public const string IndependentManagerQualifier = "independent-manager";

    /// <summary>R34: the qualifier of the manager's short-absence decision.</summary>
    public const string ShortAbsenceQualifier = "short-absence-decision";

    /// <summary>R45: when publicity is considered where the profile has no strategy meeting (003's 48 hours).</summary>
    public const int PublicityDefaultAfterHours = 48;

    /// <summary>Plans and meetings with no deadline in the protocols: within this many working days (policy reading).</summary>
    public const int PlanWorkingDays = 5;

    /// <summary>The most repeats of one meeting raised for one episode (a child missing six months at 72-hour repeats is 60).</summary>
    private const int MaxRepeats = 400;

    private static readonly HashSet<TaskType> WhileMissingTypes =
    [
        TaskType.StrategyMeeting, TaskType.NeedToKnow, TaskType.DirectorBriefing, TaskType.LongMissingReview, TaskType.PublicityDecision,
    ];

    public PolicyProfile Profile => profile;

    public WorkingCalendar Calendar => calendar;

    /// <summary>Duties raised only while the child is missing: one not yet due is cancelled when the child is found.</summary>
    public static bool EndsWhenFound(TaskType type) => WhileMissingTypes.Contains(type);

    /// <summary>
    /// R17, R8: whether a returned child gets an RHI of ours. Every missing child does, except a looked-after
    /// child of another authority whose home authority does the RHI (R8; Somerset offers it itself, 002 §8).
    /// </summary>
    public bool NeedsReturnInterview(ChildFacts child, EpisodeFacts episode) =>
        episode.IsMissing
        && episode.Status != EpisodeStatus.Open
        && !(child.IsOtherAuthorityLookedAfter && profile.OtherAuthorities.PlacedHere.RhiByHomeAuthority);

    /// <summary>R26: whether a new return joins an RHI still in progress instead of starting another.</summary>
    public bool OneRhiCoversOpenEpisodes => profile.ReturnInterview.OneRhiCoversOpenEpisodes;

    /// <summary>R17: the RHI is offered within the profile's hours of the return being known.</summary>
    public DateTimeOffset RhiOfferDueAt(DateTimeOffset returnKnownAt) =>
        calendar.AddClockHours(returnKnownAt, profile.ReturnInterview.OfferWithinHours);

    /// <summary>R19: allocated to a worker within the profile's core hours, where it sets them.</summary>
    public DateTimeOffset? RhiAllocateDueAt(DateTimeOffset returnKnownAt) =>
        profile.ReturnInterview.AllocateWithinCoreHours is { } hours
            ? calendar.AddCoreHours(returnKnownAt, TimeSpan.FromHours(hours))
            : null;

    /// <summary>A new RHI for the child, its R17 offer and R19 allocation deadlines running from <paramref name="requestedAt"/>.</summary>
    public ReturnInterviews.ReturnHomeInterview NewReturnInterview(Guid childId, DateTimeOffset requestedAt) => new()
    {
        ChildId = childId,
        Status = ReturnInterviews.RhiStatus.Requested,
        RequestedAt = requestedAt,
        OfferDueAt = RhiOfferDueAt(requestedAt),
        AllocateDueAt = RhiAllocateDueAt(requestedAt),
    };

    /// <summary>Every duty due to exist for this episode at <paramref name="now"/>.</summary>
    public IReadOnlyList<DutyRequirement> Plan(ChildFacts child, EpisodeFacts episode, HistoryFacts history, RhiFacts? rhi, DateTimeOffset now)
    {
        var plan = new List<DutyRequirement>();
        OnNotification(plan, child, episode, history);
        WhileMissing(plan, child, episode, now);
        if (episode.Status != EpisodeStatus.Open && episode.ReturnKnownAt is { } returnKnown)
        {
            OnReturn(plan, child, episode, history, rhi, returnKnown);
        }

        return [.. plan.Where(r => r.RaiseAt <= now)];
    }

    /// <summary>Duties that start when the council is notified (R8, R9, R10, R11, R13 IRO, R28).</summary>
    private void OnNotification(List<DutyRequirement> plan, ChildFacts child, EpisodeFacts episode, HistoryFacts history)
    {
        var notified = episode.NotifiedAt;
        var sameDay = calendar.EndOfSameWorkingDay(notified);
        var alerts = profile.WhileMissing.Alerts;

        // R10 (004 step 1): our looked-after child missing or absent: the Head of Service at once.
        if (alerts.HeadOfServiceAlertForLookedAfterAtOnce && child.IsLookedAfter)
        {
            plan.Add(Episode(episode, TaskType.HeadOfServiceAlert, RuleIds.LookedAfterMissing, "Tell the Head of Service that a looked-after child is missing",
                notified, notified + AtOnce, PolicyRole.SocialWorker, TeamKind.AllocatedTeam));
        }

        // R10 (002 §5.2.5): the IRO is made aware the same working day.
        if (alerts.IroNotificationForLookedAfter && child.IsLookedAfter)
        {
            plan.Add(Episode(episode, TaskType.IroNotification, RuleIds.LookedAfterMissing, "Tell the Independent Reviewing Officer the child is missing",
                notified, sameDay, PolicyRole.SocialWorker, TeamKind.AllocatedTeam));
        }

        // R11 (002 §5.1.8): the CP coordinator is informed.
        if (alerts.CpCoordinatorNotification && child.HasProtectionPlan)
        {
            plan.Add(Episode(episode, TaskType.CpCoordinatorNotification, RuleIds.ChildProtectionMissing, "Tell the Child Protection coordinator the child is missing",
                notified, sameDay, PolicyRole.SocialWorker, TeamKind.AllocatedTeam));
        }

        // R8: another authority's looked-after child placed here: tell the home authority.
        var placedHere = profile.OtherAuthorities.PlacedHere;
        if (child.IsOtherAuthorityLookedAfter && placedHere.InformHomeAuthority)
        {
            plan.Add(Episode(episode, TaskType.HomeAuthorityNotification, RuleIds.OtherAuthorityChild, "Tell the child's home authority about the missing episode",
                notified, sameDay, PolicyRole.FrontDoor, TeamKind.FrontDoor));
        }

        // R9 (001 §4.3): the fourth notification about another authority's child, or any showing a risk of harm: a
        // Director letter, signed the same working day. One letter an episode, whichever reason came first.
        if (child.IsOtherAuthorityLookedAfter && profile.OtherAuthorities.DirectorLetter is { } letter)
        {
            var why = history.NotificationsAboutChild >= letter.OnNotificationCount
                ? $"{history.NotificationsAboutChild.ToString(CultureInfo.InvariantCulture)} notifications about this child"
                : letter.OrAnyNotificationShowingRiskOfHarm && episode.ShowsRiskOfHarm ? "the police grade the risk of harm as high" : null;
            if (why is not null)
            {
                plan.Add(Episode(episode, TaskType.DirectorLetter, RuleIds.DirectorLetter, $"Sign the Director letter to the home authority ({why})",
                    notified, sameDay, PolicyRole.Director, TeamKind.None));
            }
        }

        // R28 (001 §3.1): a CE form is started for every missing or absent child when the notification arrives.
        if (profile.AfterReturn.CeAssessment is { StartOnNotification: true } ce && !ExcludedFromRiskSections(child)
            && ce.IsRequiredFor(child.Age ?? 0, episode.IsMissing))
        {
            plan.Add(Episode(episode, TaskType.CeRiskAssessment, RuleIds.ExploitationAssessment, "Start the child exploitation (SERAF) risk assessment",
                notified, calendar.AddClockHours(notified, profile.ReturnInterview.OfferWithinHours), CeOwner(child), CeTeam(child)));
        }
    }

    /// <summary>Duties that fall due with time while the child is missing (R12, R13, R14, R15, R33).</summary>
    private void WhileMissing(List<DutyRequirement> plan, ChildFacts child, EpisodeFacts episode, DateTimeOffset now)
    {
        if (!episode.IsMissing)
        {
            return;
        }

        // Raised only while the child was missing; once found, only those that fell due before the return stay.
        var end = episode.FoundAt is { } found && found < now ? found : now;
        void Add(DutyRequirement requirement)
        {
            if (requirement.RaiseAt <= end && (episode.Status == EpisodeStatus.Open || !EndsWhenFound(requirement.Type) || requirement.DueAt <= end))
            {
                plan.Add(requirement);
            }
        }

        var missingFrom = episode.MissingFrom;

        // R12: strategy meeting (Rutland: case review meeting), repeated while missing where the profile says.
        if (profile.WhileMissing.StrategyMeeting is { } meeting && child.IsIn(meeting.AppliesTo))
        {
            var trigger = calendar.AddClockHours(missingFrom, meeting.TriggerAfterMissingHours);
            for (var n = 1; n <= MaxRepeats; n++)
            {
                var raise = meeting.RepeatEveryHours is { } every ? calendar.AddClockHours(trigger, (n - 1) * every) : trigger;
                if (raise > end)
                {
                    break;
                }

                var title = n == 1
                    ? $"Hold a {meeting.MeetingName.ToLowerInvariant()}: missing {meeting.TriggerAfterMissingHours.ToString(CultureInfo.InvariantCulture)} hours"
                    : $"Hold a further {meeting.MeetingName.ToLowerInvariant()} ({Ordinal(n)}) while the child is missing";
                Add(Episode(episode, TaskType.StrategyMeeting, RuleIds.StrategyMeeting, title, raise, calendar.AddClockHours(raise, meeting.HoldWithinHours),
                    PolicyRole.TeamManager, TeamKind.AllocatedTeam, n));
                if (n == 1 && meeting.NotifyHeadOfService)
                {
                    Add(Episode(episode, TaskType.HeadOfServiceAlert, RuleIds.StrategyMeeting, $"Tell the Head of Service: {meeting.MeetingName.ToLowerInvariant()} needed",
                        raise, raise + AtOnce, PolicyRole.TeamManager, TeamKind.AllocatedTeam));
                }

                if (meeting.RepeatEveryHours is null)
                {
                    break;
                }
            }
        }

        // R13 (003): Need-to-Know after 24 hours missing; for a CLA or CP child the IRO or CP chair is told within 24 hours.
        if (profile.WhileMissing.NeedToKnow is { } needToKnow)
        {
            var raise = calendar.AddClockHours(missingFrom, needToKnow.AfterMissingHours);
            Add(Episode(episode, TaskType.NeedToKnow, RuleIds.NeedToKnow, "Start the Need-to-Know process for senior leaders",
                raise, raise + AtOnce, PolicyRole.HeadOfService, TeamKind.AllocatedTeam));
            if (child.IsIn(needToKnow.IroOrCpChairAppliesTo))
            {
                Add(Episode(episode, TaskType.IroNotification, RuleIds.NeedToKnow, "Tell the IRO or CP chair the child has been missing over 24 hours",
                    raise, calendar.AddClockHours(raise, needToKnow.IroOrCpChairInformedWithinHours), PolicyRole.SocialWorker, TeamKind.AllocatedTeam));
            }
        }

        // R14 (004 step 5): missing beyond 72 hours: the Director is briefed by a senior manager.
        if (profile.WhileMissing.DirectorBriefing is { } briefing)
        {
            var raise = calendar.AddClockHours(missingFrom, briefing.BeyondMissingHours);
            Add(Episode(episode, TaskType.DirectorBriefing, RuleIds.DirectorBriefing, "Brief the Director: missing over 72 hours",
                raise, calendar.EndOfSameWorkingDay(raise), briefing.BriefedBy, TeamKind.None));
        }

        // R45 (003 "Informing the press"): for a missing looked-after child, the Assistant Director decides on publicity,
        // considered at the strategy meeting (003: "with agreement from the Head of Service ... any press or publicity").
        if (profile.Safeguarding.PublicityDecision is { } publicity && child.IsIn(publicity.AppliesTo))
        {
            var raise = calendar.AddClockHours(missingFrom, profile.WhileMissing.StrategyMeeting?.TriggerAfterMissingHours ?? PublicityDefaultAfterHours);
            var consult = publicity.ConsultSocialWorkerAndPolice ? " after consulting the social worker and police" : "";
            var warn = publicity.ParentsWarnedFirst ? ", warning the parents first" : "";
            Add(Episode(episode, TaskType.PublicityDecision, RuleIds.PublicityDecision, $"Decide whether to publicise the missing looked-after child{consult}{warn}",
                raise, calendar.EndOfSameWorkingDay(raise), publicity.DecidedBy, TeamKind.None));
        }

        // R15 (003 "When to review"): long absence reviews, raised a week before they fall due.
        foreach (var review in profile.WhileMissing.LongMissingReviews.Where(r => child.IsIn(r.AppliesTo)))
        {
            var n = 0;
            foreach (var due in review.DueTimes(missingFrom, end + ReviewNotice))
            {
                n++;
                var raise = due - ReviewNotice < missingFrom ? missingFrom : due - ReviewNotice;
                Add(Episode(episode, TaskType.LongMissingReview, RuleIds.LongMissingReview, review.Title, raise, due, review.Chair, TeamKind.AllocatedTeam,
                    n, review.Code));
            }
        }

        // R33 (003): missing 48 hours: a professionals meeting.
        if (profile.AfterReturn.ProfessionalsMeeting is { OrMissingForHours: { } hours } professionals)
        {
            var raise = calendar.AddClockHours(missingFrom, hours);
            Add(Episode(episode, TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting, $"Convene a professionals meeting: missing {hours.ToString(CultureInfo.InvariantCulture)} hours",
                raise, calendar.AddWorkingDays(raise, PlanWorkingDays), professionals.ConvenedBy, TeamKind.AllocatedTeam));
        }
    }

    /// <summary>Duties on the child's return (R6, R7, R8, R17–R19, R28, R29, R31–R33).</summary>
    private void OnReturn(List<DutyRequirement> plan, ChildFacts child, EpisodeFacts episode, HistoryFacts history, RhiFacts? rhi, DateTimeOffset returnKnown)
    {
        var placedHere = profile.OtherAuthorities.PlacedHere;
        var offerDue = RhiOfferDueAt(returnKnown);

        // R8: the home authority does the RHI: request their RHI form, remind 2 weeks after it was due, escalate 2 weeks after that.
        if (episode.IsMissing && child.IsOtherAuthorityLookedAfter && placedHere.RhiByHomeAuthority)
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
            // An RHI started after the return (a manager's request, R34) runs from when it was asked for.
            var anchor = rhi.RequestedAt > returnKnown ? rhi.RequestedAt : returnKnown;
            ReturnInterviewDuties(plan, child, episode, rhi, anchor, anchor == returnKnown ? offerDue : RhiOfferDueAt(anchor));
        }
        else
        {
            ShortAbsenceDecision(plan, child, episode, history, returnKnown);
        }

        // R18 (000; 002 §5.1, §5.2): a child open to CSC gets meaningful contact from their social worker within 48 hours.
        if (profile.AfterReturn.SocialWorkerContactWithinHours is { } contactHours && child.IsOpenToSocialCare)
        {
            plan.Add(Episode(episode, TaskType.SocialWorkerContact, RuleIds.SocialWorkerContact, "Missing return SW follow-up contact: see the child",
                returnKnown, calendar.AddClockHours(returnKnown, contactHours), PolicyRole.SocialWorker, TeamKind.AllocatedTeam));
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

        // R28 (002 §4.12): a CE screen for every missing child aged 13 and over, after the return.
        if (profile.AfterReturn.CeAssessment is { StartOnNotification: false } ce && !excluded
            && ce.IsRequiredFor(child.Age ?? 0, episode.IsMissing))
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

        // R32 (001 §3.6): regular or multiple episodes: a trigger plan, shared with the police.
        if (profile.AfterReturn.TriggerPlan is { } trigger && history.EpisodesEver >= trigger.ConsiderFromEpisodes)
        {
            plan.Add(Episode(episode, TaskType.TriggerPlan, RuleIds.TriggerPlan,
                $"Write or update the trigger plan and share it with the police ({Ordinal(history.EpisodesEver)} episode)",
                returnKnown, calendar.AddWorkingDays(returnKnown, PlanWorkingDays), PolicyRole.SocialWorker, TeamKind.AllocatedTeam));
        }

        // R33: three or more episodes (North Somerset), or three reports within 90 days (Medway): a professionals meeting.
        if (profile.AfterReturn.ProfessionalsMeeting is { } professionals)
        {
            var count = professionals.WithinDays is null ? history.EpisodesEver : history.EpisodesInLast90Days;
            if (count >= professionals.EpisodeCount)
            {
                var within = professionals.WithinDays is { } days ? $" in {days.ToString(CultureInfo.InvariantCulture)} days" : "";
                plan.Add(Episode(episode, TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting,
                    $"Convene a multi-agency professionals meeting: {count.ToString(CultureInfo.InvariantCulture)} episodes{within}",
                    returnKnown, calendar.AddWorkingDays(returnKnown, PlanWorkingDays), professionals.ConvenedBy, TeamKind.AllocatedTeam, 1, "repeat"));
            }
        }
    }

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

    /// <summary>The key of a duty on an RHI (one per RHI, whichever episode raised it).</summary>
    public static string RhiDutyKey(Guid rhiId, string rule, TaskType type, string qualifier) => Key($"rhi-{rhiId:N}", rule, type, 1, qualifier);

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
        plan.Add(Episode(episode, TaskType.ReturnHomeInterview, RuleIds.ShortAbsence,
            $"Short absence{repeats} of a child in care: decide whether a return home interview is needed",
            returnKnown, calendar.AddWorkingDays(returnKnown, 1), PolicyRole.TeamManager, TeamKind.AllocatedTeam, 1, ShortAbsenceQualifier));
    }

    /// <summary>R8 (001 §4.1): an episode of another authority's child is completed without RHI or risk sections.</summary>
    private bool ExcludedFromRiskSections(ChildFacts child) =>
        child.IsOtherAuthorityLookedAfter && profile.OtherAuthorities.PlacedHere.CompleteEpisodeWithoutRhiOrRiskSections;

    /// <summary>R21: within the completion window where the profile sets one; else with the RHI offer.</summary>
    private DateTimeOffset CompletionDue(DateTimeOffset returnKnown, DateTimeOffset offerDue) =>
        profile.ReturnInterview.CompleteWithinWorkingDays is { } days
            ? calendar.AddWorkingDays(returnKnown, days)
            : profile.ReturnInterview.CompleteWithinHours is { } hours ? calendar.AddClockHours(returnKnown, hours) : offerDue;

    private static PolicyRole CeOwner(ChildFacts child) => child.IsOpenToSocialCare ? PolicyRole.SocialWorker : PolicyRole.RhiWorker;

    private static TeamKind CeTeam(ChildFacts child) => child.IsOpenToSocialCare ? TeamKind.AllocatedTeam : TeamKind.ReturnInterviewService;

    private static DutyRequirement Episode(EpisodeFacts episode, TaskType type, string rule, string title, DateTimeOffset raise, DateTimeOffset due,
        PolicyRole role, TeamKind team, int occurrence = 1, string? qualifier = null) =>
        new(type, rule, Key($"{episode.EpisodeId:N}", rule, type, occurrence, qualifier), title, raise, due, role, team);

    private static DutyRequirement Rhi(RhiFacts rhi, EpisodeFacts episode, TaskType type, string rule, string title, DateTimeOffset raise, DateTimeOffset due,
        PolicyRole role, TeamKind team, string qualifier) =>
        new(type, rule, RhiDutyKey(rhi.Id, rule, type, qualifier), title, raise, due, role, team, rhi.Id);

    private static string Key(string owner, string rule, TaskType type, int occurrence, string? qualifier) =>
        string.Create(CultureInfo.InvariantCulture, $"{owner}/{rule}/{type}/{qualifier ?? "1"}/{occurrence}");

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
