using System.Globalization;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine for children not known to services (R4, R5).</summary>
public sealed partial class DutyEngine
{
    /// <summary>R5 (001 §1.5): the qualifier of the parental-consent duty on the child's RHI.</summary>
    public const string ParentalConsentQualifier = "parental-consent";

    /// <summary>
    /// R4 (001 §1.4; 003 "more than twenty-four hours"): a child not open to any service missing 24 hours or more:
    /// Front Door contacts the family for consent to agency checks (where the profile says) and decides on a referral.
    /// R5 (001 §1.5): missing under 24 hours: Family Wellbeing seek a parent's or carer's consent (under 16) to offer the
    /// RHI, done when consent is recorded on it. A policy reading where the protocols give no deadline: R4 by the end
    /// of the working day it falls due; R5 with the RHI's offer.
    /// </summary>
    private void NotOpenToServices(List<DutyRequirement> plan, ChildFacts child, EpisodeFacts episode, RhiFacts? rhi, DateTimeOffset now)
    {
        if (child.OpenInvolvements.Count > 0 || !episode.IsMissing)
        {
            return;
        }

        var intake = profile.Intake;
        if (intake.NotOpenMissingLong is { } longer)
        {
            var raise = calendar.AddClockHours(episode.MissingFrom, longer.AfterMissingHours);
            if (raise <= (episode.FoundAt ?? now))
            {
                var routes = string.Join(" or ", longer.ConsiderReferralTo.Select(r => r == ReferralRoute.FamilyWellbeing ? "Family Wellbeing" : "Children's Social Care"));
                var hours = longer.AfterMissingHours.ToString(CultureInfo.InvariantCulture);
                var title = longer.SeekFamilyConsentForAgencyChecks
                    ? $"Missing {hours} hours and not known to services: ask the family's consent to agency checks and decide on a referral to {routes}"
                    : $"Missing {hours} hours and not known to services: make a referral to {routes}";
                plan.Add(Episode(episode, TaskType.AgencyChecksConsent, RuleIds.NotOpenLongMissing, title, raise, calendar.EndOfSameWorkingDay(raise),
                    PolicyRole.FrontDoor, TeamKind.FrontDoor));
            }
        }

        if (intake.NotOpenMissingShort is { } shorter && rhi is not null && episode.FoundAt is { } found && episode.ReturnKnownAt is { } known
            && found - episode.MissingFrom < TimeSpan.FromHours(shorter.UnderMissingHours)
            && (child.Age ?? 0) < shorter.ParentalConsentToOfferRhiUnderAge)
        {
            var anchor = rhi.RequestedAt > known ? rhi.RequestedAt : known;
            plan.Add(Rhi(rhi, episode, TaskType.ReturnHomeInterview, RuleIds.NotOpenShortMissing,
                "Not known to services: seek a parent's or carer's consent to offer the return home interview",
                anchor, RhiOfferDueAt(anchor), PolicyRole.RhiWorker, TeamKind.ReturnInterviewService, ParentalConsentQualifier));
        }
    }
}
