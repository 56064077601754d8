using System.Globalization;
using MissingChildren.Data;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Partners;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Partners;

/// <summary>
/// The child's timeline entries for partners: where the child went missing from and was found (R42), a family missing
/// (R41), reasonable grounds to believe trafficking (R44), and each record of an authority told or an NRM referral made.
/// </summary>
public static class PartnerTimeline
{
    public static async Task<IReadOnlyList<GetChildCase.TimelineEvent>> EventsAsync(AppDbContext db, Guid childId, IEnumerable<MissingEpisode> episodes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(episodes);
        var events = new List<GetChildCase.TimelineEvent>();
        foreach (var e in episodes)
        {
            if (e.OtherAreasRecordedAt is { } areasAt && (e.MissingFromArea is not null || e.FoundInArea is not null || e.FamilyMissing))
            {
                var parts = new List<string>();
                if (e.MissingFromArea is { } from)
                {
                    parts.Add($"Missing from {from}'s area");
                }

                if (e.FoundInArea is { } found)
                {
                    parts.Add($"Found in {found}'s area");
                }

                if (e.FamilyMissing)
                {
                    parts.Add($"The whole family is missing; authorities to tell: {string.Join(", ", PartnerRecord.Authorities(e.FamilyAuthorities))}");
                }

                events.Add(new(areasAt, "Other local authority areas recorded", string.Join(". ", parts)));
            }

            if (e.TraffickingGroundsRecordedAt is { } groundsAt && e.TraffickingGroundsOn is { } on)
            {
                events.Add(new(groundsAt, "Reasonable grounds to believe trafficking or modern slavery",
                    $"Decided on {on.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} by {e.TraffickingGroundsDecidedBy}"));
            }
        }

        var records = await db.PartnerRecords.AsNoTracking().Where(r => r.ChildId == childId).ToListAsync(cancellationToken);
        events.AddRange(records.Select(r => r.Kind == PartnerRecordKind.NrmReferral
            ? new GetChildCase.TimelineEvent(r.At, "National Referral Mechanism referral made", $"To the {r.Recipient}, reference {r.Reference}, made by {r.MadeBy}")
            : new GetChildCase.TimelineEvent(r.At, $"{r.Recipient} told", $"{r.PersonOrTeam} told by {(r.Method is { } how ? Words.Of(how).ToLowerInvariant() : "an unrecorded method")} (recorded by {r.RecordedBy})")));
        return events;
    }
}
