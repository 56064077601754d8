using System.Globalization;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine while the child is missing: duties that fall due with time.</summary>
public sealed partial class DutyEngine
{
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
                title += Invite(meeting, child);
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
            var leaders = string.Join(" and ", needToKnow.SeniorOversight.Select(r => Roles.DisplayName(r.ToString())));
            Add(Episode(episode, TaskType.NeedToKnow, RuleIds.NeedToKnow, $"Start the Need-to-Know process: bring in the {leaders}",
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

        // R16 (001 §5.1): the team manager's check of the record, each day the child is known to be missing.
        DailyRecordChecks(Add, episode, end);

        // R33 (003): missing 48 hours: a professionals meeting.
        if (profile.AfterReturn.ProfessionalsMeeting is { OrMissingForHours: { } hours } professionals)
        {
            var raise = calendar.AddClockHours(missingFrom, hours);
            Add(Episode(episode, TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting, $"Convene a professionals meeting: missing {hours.ToString(CultureInfo.InvariantCulture)} hours",
                raise, calendar.AddWorkingDays(raise, PlanWorkingDays), professionals.ConvenedBy, TeamKind.AllocatedTeam));
        }
    }

    /// <summary>R12 (003): who is invited to the strategy meeting besides the professionals: the IRO of a looked-after child, the CP chair of a child with a plan.</summary>
    private static string Invite(StrategyMeetingSettings meeting, ChildFacts child) => meeting.InviteIroOrCpChair switch
    {
        true when child.IsLookedAfter => ", inviting the Independent Reviewing Officer",
        true when child.HasProtectionPlan => ", inviting the Child Protection chair",
        _ => "",
    };
}
