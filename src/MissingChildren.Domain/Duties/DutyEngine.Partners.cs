using MissingChildren.Domain.Partners;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Duties;

/// <summary>The duty engine for partners: other local authorities told (R41, R42) and the National Referral Mechanism (R44).</summary>
public sealed partial class DutyEngine
{
    /// <summary>R44: who is referred to (003: the Modern Slavery and Human Trafficking Unit at the National Crime Agency).</summary>
    public const string NrmRecipient = "Modern Slavery and Human Trafficking Unit (National Crime Agency)";

    private void Partners(List<DutyRequirement> plan, EpisodeFacts episode)
    {
        if (profile.OtherAuthorities.OtherAreas is { } areas && episode.OtherAreas is { } named)
        {
            var raise = named.RecordedAt;
            var due = calendar.EndOfSameWorkingDay(raise);

            // R41 (001 "Information sharing"): a family that goes missing: every other local authority named is told.
            if (areas.TellOtherAuthoritiesOfMissingFamily)
            {
                foreach (var authority in named.FamilyAuthorities)
                {
                    plan.Add(Told(episode, RuleIds.MissingFamily, authority, $"Tell {authority} that the family is missing", raise, due));
                }
            }

            // R42: the authority whose area the child went missing from, or was found in, is told (each once).
            if (areas.TellAreaMissingFromOrFoundIn)
            {
                if (named.MissingFromArea is { Length: > 0 } from)
                {
                    plan.Add(Told(episode, RuleIds.OtherAreaTold, from, $"Tell {from} that the child went missing from their area", raise, due));
                }

                if (named.FoundInArea is { Length: > 0 } found && PartnerRecord.KeyOf(found) != PartnerRecord.KeyOf(named.MissingFromArea ?? ""))
                {
                    plan.Add(Told(episode, RuleIds.OtherAreaTold, found, $"Tell {found} that the child was found in their area", raise, due));
                }
            }
        }

        // R44 (003 "Modern Slavery"): reasonable grounds to believe trafficking or modern slavery: the allocated social
        // worker makes a National Referral Mechanism referral (no consent is needed for a child).
        if (profile.Safeguarding.NrmReferral is { } nrm && episode.TraffickingGroundsRecordedAt is { } grounds)
        {
            plan.Add(Episode(episode, TaskType.NrmReferral, RuleIds.NrmReferral, "Make a National Referral Mechanism referral",
                grounds, calendar.AddWorkingDays(grounds, nrm.WithinWorkingDays), PolicyRole.SocialWorker, TeamKind.AllocatedTeam));
        }
    }

    private DutyRequirement Told(EpisodeFacts episode, string rule, string authority, string title, DateTimeOffset raise, DateTimeOffset due) =>
        Episode(episode, TaskType.OtherAuthorityNotification, rule, title, raise, due, PolicyRole.FrontDoor, TeamKind.FrontDoor, 1,
            $"told-{PartnerRecord.KeyOf(authority)}") with { Partner = authority };
}
