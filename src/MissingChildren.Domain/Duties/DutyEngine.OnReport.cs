using System.Globalization;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine on the report: duties that start when the council is notified of a missing or absent child.</summary>
public sealed partial class DutyEngine
{
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
                if (letter.UrgentContactWithHomeAuthority)
                {
                    plan.Add(Episode(episode, TaskType.HomeAuthorityNotification, RuleIds.DirectorLetter, $"Contact the home authority urgently ({why})",
                        notified, notified + AtOnce, PolicyRole.FrontDoor, TeamKind.FrontDoor, 1, "urgent"));
                }
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
}
