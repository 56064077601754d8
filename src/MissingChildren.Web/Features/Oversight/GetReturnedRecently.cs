using Mediator;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// The episodes a manager oversees that ended in the last 72 hours, the latest return first, each with its return home
/// interview: where it stands, and R17, whether it was offered and in time by the interview's own offer clock
/// (<see cref="RhiOffer"/>).
/// </summary>
public static class GetReturnedRecently
{
    public sealed record Query(Guid? Team) : IQuery<IReadOnlyList<Row>>;

    /// <param name="Interview">Null when the episode asked for no interview (such as another authority's child whose home authority does it).</param>
    public sealed record Row(Guid EpisodeId, Guid ChildId, string ChildName, string LocalId, EpisodeCategory Category, DateTimeOffset MissingFrom,
        DateTimeOffset FoundAt, PoliceRiskLevel? PoliceRisk, Interview? Interview);

    /// <param name="OfferedAt">When it was offered (the offer duty done); null until then.</param>
    public sealed record Interview(Guid Id, RhiStatus Status, DateTimeOffset OfferDueAt, RhiOfferState Offer, DateTimeOffset? OfferedAt);

    public sealed class Handler(AppDbContext db, OversightFilters filters) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var (filter, _) = await filters.ForAsync(query.Team, cancellationToken);
            var rows = await (
                    from e in filter.Returned.AsNoTracking()
                    join c in db.Children on e.ChildId equals c.Id
                    orderby e.FoundAt descending, e.Id
                    select new
                    {
                        e.Id, e.ChildId, c.FirstName, c.LastName, c.LocalId, e.Category, e.MissingFrom, FoundAt = e.FoundAt!.Value, e.PoliceRiskLevel,
                        Rhi = db.ReturnHomeInterviews.Where(r => r.Id == e.ReturnHomeInterviewId).Select(r => new { r.Id, r.Status, r.OfferDueAt }).FirstOrDefault(),
                    })
                .Take(OversightSets.ListLimit)
                .ToListAsync(cancellationToken);

            // R17: each interview's offer duty, found by its key, in one read.
            var keys = rows.Where(r => r.Rhi is not null).Select(r => RhiOffer.DutyKey(r.Rhi!.Id)).Distinct().ToList();
            var offers = (await db.DutyTasks.AsNoTracking()
                    .Where(t => keys.Contains(t.DedupeKey))
                    .Select(t => new { t.DedupeKey, t.Status, t.ClosedAt })
                    .ToListAsync(cancellationToken))
                .ToDictionary(t => t.DedupeKey, StringComparer.Ordinal);

            return [.. rows.Select(r => new Row(r.Id, r.ChildId, $"{r.FirstName} {r.LastName}", r.LocalId, r.Category, r.MissingFrom, r.FoundAt, r.PoliceRiskLevel,
                r.Rhi is { } rhi ? InterviewOf(rhi.Id, rhi.Status, rhi.OfferDueAt, offers.GetValueOrDefault(RhiOffer.DutyKey(rhi.Id)) is { } offer ? (offer.Status, offer.ClosedAt) : null, filter.Now) : null))];
        }

        private static Interview InterviewOf(Guid id, RhiStatus status, DateTimeOffset offerDueAt, (DutyStatus Status, DateTimeOffset? ClosedAt)? offer, DateTimeOffset now)
        {
            var state = RhiOffer.StateOf(offer?.Status, offer?.ClosedAt, offerDueAt, now);
            var offeredAt = state is RhiOfferState.OfferedInTime or RhiOfferState.OfferedLate ? offer?.ClosedAt : null;
            return new Interview(id, status, offerDueAt, state, offeredAt);
        }
    }
}
