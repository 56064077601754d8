using FluentValidation;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Features.Search;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// One notification at triage, with its candidate children and the notifications it may repeat (R1); with a search,
/// also the children it finds, each a strong or a weak match for the report (<see cref="ChildMatch.IsStrong"/>).
/// </summary>
public static class GetTriageNotification
{
    /// <param name="Search">What Front Door searched for (null before a search): a new child is recorded only after one.</param>
    public sealed record Query(Guid NotificationId, string? Search = null) : IQuery<Result?>;

    public sealed record Found(SearchChildren.Row Child, bool IsStrong);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Search).SearchText().When(q => q.Search is not null);
    }

    public sealed record Other(Guid Id, DateTimeOffset ReceivedAt, string Source, string SourceReference, NotificationKind Kind, TriageStatus Triage);

    /// <summary>The child a linked notification was linked to, and the episode it opened or joined.</summary>
    public sealed record Linked(Guid ChildId, string Name, Guid? EpisodeId);

    /// <param name="Found">The children the search found (null before a search).</param>
    /// <param name="LinkedTo">The child it was linked to, once linked.</param>
    public sealed record Result(
        GetAwaitingTriage.Item Notification, IReadOnlyList<Other> PossibleOriginals, Other? DuplicateOf, IReadOnlyList<Found>? Found = null, Linked? LinkedTo = null);

    /// <summary>At most this many earlier notifications are offered as the original of a duplicate.</summary>
    public const int OriginalsLimit = 10;

    public sealed class Handler(AppDbContext db, ChildFinder finder) : IQueryHandler<Query, Result?>
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
            var linkedTo = notification.ChildId is { } childId
                ? await db.Children.AsNoTracking().Where(c => c.Id == childId)
                    .Select(c => new Linked(c.Id, c.FirstName + " " + c.LastName, notification.EpisodeId)).SingleOrDefaultAsync(cancellationToken)
                : null;
            return new Result(item, originals, duplicateOf, query.Search is null ? null : await FindAsync(notification, query.Search, cancellationToken), linkedTo);
        }

        /// <summary>The children the search finds, each scored against the report as a candidate would be (R1).</summary>
        private async Task<IReadOnlyList<Found>> FindAsync(Notification notification, string search, CancellationToken cancellationToken)
        {
            var rows = (await finder.FindAsync(search, cancellationToken)).Rows;
            var ids = rows.Select(r => r.Id).ToList();
            var known = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new CandidateChild(c.Id, c.LocalId, c.FirstName, c.LastName, c.DateOfBirth, c.Address))
                .ToDictionaryAsync(c => c.Id, cancellationToken);
            var reported = GetAwaitingTriage.Reported(notification);
            return [.. rows.Select(r => new Found(r, ChildMatcher.Score(reported, known[r.Id]).IsStrong))];
        }
    }
}
