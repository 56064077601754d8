using Mediator;
using MissingChildren.Domain.Notifications;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>One notification at triage, with its candidate children and the notifications it may repeat (R1).</summary>
public static class GetTriageNotification
{
    public sealed record Query(Guid NotificationId) : IQuery<Result?>;

    public sealed record Other(Guid Id, DateTimeOffset ReceivedAt, string Source, string SourceReference, NotificationKind Kind, TriageStatus Triage);

    public sealed record Result(GetAwaitingTriage.Item Notification, IReadOnlyList<Other> PossibleOriginals, Other? DuplicateOf);

    /// <summary>At most this many earlier notifications are offered as the original of a duplicate.</summary>
    public const int OriginalsLimit = 10;

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == query.NotificationId, cancellationToken);
            if (notification is null)
            {
                return null;
            }

            var item = (await GetAwaitingTriage.WithCandidatesAsync(db, [notification], cancellationToken))[0];
            var first = notification.ChildFirstName?.Trim().ToUpperInvariant();
            var last = notification.ChildLastName?.Trim().ToUpperInvariant();
            var localId = notification.ChildLocalId;
            var candidateIds = item.Candidates.Select(c => c.ChildId).ToList();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a case-insensitive match on every provider.
            var originals = await db.Notifications.AsNoTracking()
                .Where(n => n.Id != notification.Id && n.Triage != TriageStatus.Duplicate)
                .Where(n => (localId != null && n.ChildLocalId == localId)
                            || (n.ChildId != null && candidateIds.Contains(n.ChildId.Value))
                            || (first != null && last != null && n.ChildFirstName != null && n.ChildLastName != null
                                && ((n.ChildFirstName.ToUpper() == first && n.ChildLastName.ToUpper() == last)
                                    || (n.ChildFirstName.ToUpper() == last && n.ChildLastName.ToUpper() == first))))
                .OrderByDescending(n => n.ReceivedAt)
                .Take(OriginalsLimit)
                .Select(n => new Other(n.Id, n.ReceivedAt, n.Source, n.SourceReference, n.Kind, n.Triage))
                .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
            var duplicateOf = notification.DuplicateOfId is { } originalId
                ? await db.Notifications.AsNoTracking().Where(n => n.Id == originalId)
                    .Select(n => new Other(n.Id, n.ReceivedAt, n.Source, n.SourceReference, n.Kind, n.Triage)).SingleOrDefaultAsync(cancellationToken)
                : null;
            return new Result(item, originals, duplicateOf);
        }
    }
}
