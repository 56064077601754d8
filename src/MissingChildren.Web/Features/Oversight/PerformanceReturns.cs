using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Oversight;
using MissingChildren.Domain.ReturnInterviews;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// The returns the performance standards count (R37), read from the live records: each eligible RHI whose clock started
/// in a period, for the children of the teams a reader oversees, assessed by <see cref="PerformanceStandards"/>.
/// </summary>
public static class PerformanceReturns
{
    /// <summary>One eligible return: whose, and how it stands.</summary>
    public sealed record Return(InterviewAssessment Assessment, string ChildName);

    /// <summary>
    /// The eligible returns whose RHI clock started from <paramref name="start"/> (included) to <paramref name="end"/>
    /// (excluded), for the children of <paramref name="teamIds"/> (null: the whole service), as they stand at <paramref name="now"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Return>> ReadAsync(AppDbContext db, PerformanceStandards standards, IReadOnlyList<Guid>? teamIds,
        DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(standards);

        // The clock started offer-hours before the offer deadline (ReturnInterviewRules.ClockStartedAt).
        var hours = standards.OfferWithinHours;
        var (dueFrom, dueTo) = (start.AddHours(hours), end.AddHours(hours));
        var children = teamIds is null ? db.Children : db.Children.Where(c => c.AllocatedTeamId != null && teamIds.Contains(c.AllocatedTeamId.Value));
        var rows = await db.ReturnHomeInterviews.AsNoTracking()
            .Where(r => r.OfferDueAt >= dueFrom && r.OfferDueAt < dueTo)
            .Join(children, r => r.ChildId, c => c.Id, (r, c) => new
            {
                r.Id,
                r.ChildId,
                c.FirstName,
                c.LastName,
                Superseded = r.SupersededById != null,
                Involvements = c.Involvements.Where(i => i.EndDate == null).Select(i => i.Type).ToList(),
                r.OfferDueAt,
                r.AcceptedAt,
                r.CompleteDueAt,
                r.InterviewedAt,
                r.Status,
                r.ConcludedAs,
                Attempts = r.ContactAttempts.Select(a => new { a.At, a.Method, a.Outcome }).ToList(),
                Consents = r.ConsentRecords.Select(a => a.At).ToList(),
            })
            .ToListAsync(cancellationToken);

        return [.. rows
            .Where(r => standards.IsEligible(r.Superseded, OtherAuthorityChild(r.Involvements)))
            .Select(r => new Return(
                standards.Assess(new InterviewFacts(
                    r.Id, r.ChildId, standards.ClockStartedAt(r.OfferDueAt), r.OfferDueAt,
                    PerformanceStandards.FirstOffer(r.Attempts.Select(a => (a.At, a.Method, a.Outcome)), r.Consents, r.InterviewedAt),
                    r.AcceptedAt, r.CompleteDueAt, r.InterviewedAt, Refused(r.Status, r.ConcludedAs)), now),
                $"{r.FirstName} {r.LastName}"))
            .OrderBy(r => r.Assessment.Facts.ClockStartedAt)];
    }

    /// <summary>R8: another authority's looked-after child placed here (and not ours too).</summary>
    private static bool OtherAuthorityChild(List<InvolvementType> open) =>
        open.Contains(InvolvementType.CLAOtherAuthority) && !Child.IsOurLookedAfter(open.ToHashSet());

    /// <summary>R22, R24: the interview was declined, whether or not it has been sent for authorisation since.</summary>
    private static bool Refused(RhiStatus status, RhiStatus? concludedAs) =>
        status == RhiStatus.Declined || (status is RhiStatus.AwaitingAuthorisation or RhiStatus.Authorised && concludedAs == RhiStatus.Declined);
}
