using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// R1: the Front Door triage queue: notifications that could not be linked to a child, oldest first, each with the
/// known children it may be about and why (ChildMatcher). Candidates are read in one bounded query for the whole page
/// (same local id, either reported name as a first or last name, the same date of birth), never the whole register.
/// </summary>
public static class GetAwaitingTriage
{
    public sealed record Query(int Page = 1) : IQuery<PageOf<Item>>;

    /// <param name="IsStrong">R1: the same local ID, or the same name and date of birth (<see cref="ChildMatch.IsStrong"/>): linked in one click; a weak match is compared first.</param>
    public sealed record Candidate(
        Guid ChildId, string LocalId, string Name, DateOnly? DateOfBirth, string? Address, IReadOnlyList<string> Involvements, IReadOnlyList<string> Reasons, bool IsStrong);

    public sealed record Item(
        Guid Id,
        Guid Version,
        DateTimeOffset ReceivedAt,
        string Source,
        string SourceReference,
        NotificationKind Kind,
        string? PoliceRisk,
        string? LocalId,
        string? FirstName,
        string? LastName,
        DateOnly? DateOfBirth,
        DateTimeOffset? MissingFrom,
        DateTimeOffset? FoundAt,
        string? LastSeenLocation,
        TriageStatus Triage,
        IReadOnlyList<Candidate> Candidates)
    {
        public string ChildAsReported => string.Join(" ", new[] { FirstName, LastName }.Where(n => n is not null)) is { Length: > 0 } name ? name : "Name not given";
    }

    /// <summary>At most this many known children are read per page of the queue.</summary>
    public const int CandidateLimit = 200;

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, PageOf<Item>>
    {
        public async ValueTask<PageOf<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var page = Paging.Clamp(query.Page);
            var waiting = db.Notifications.AsNoTracking().Where(n => n.Triage == TriageStatus.AwaitingTriage);
            var total = await waiting.CountAsync(cancellationToken);
            var notifications = await waiting.OrderBy(n => n.ReceivedAt).ThenBy(n => n.Id)
                .Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .ToListAsync(cancellationToken);
            return new PageOf<Item>(await WithCandidatesAsync(db, notifications, cancellationToken), page, Paging.DefaultSize, total);
        }
    }

    /// <summary>The child as the notification describes them, to match against known children (R1).</summary>
    public static ReportedChild Reported(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new ReportedChild(notification.ChildLocalId, notification.ChildFirstName, notification.ChildLastName, notification.ChildDateOfBirth, notification.LastSeenLocation);
    }

    /// <summary>The notifications as items, with their candidate matches, in two queries whatever their number.</summary>
    public static async Task<IReadOnlyList<Item>> WithCandidatesAsync(AppDbContext db, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notifications);
        var localIds = notifications.Where(n => n.ChildLocalId is not null).Select(n => n.ChildLocalId!).Distinct().ToList();
        var names = notifications.SelectMany(n => new[] { n.ChildFirstName, n.ChildLastName })
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim().ToUpperInvariant()).Distinct().ToList();
        var dates = notifications.Where(n => n.ChildDateOfBirth is not null).Select(n => n.ChildDateOfBirth!.Value).Distinct().ToList();

        var candidates = new List<CandidateChild>();
        if (localIds.Count + names.Count + dates.Count > 0)
        {
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a case-insensitive match on every provider.
            candidates = await db.Children.AsNoTracking()
                .Where(c => localIds.Contains(c.LocalId)
                            || names.Contains(c.FirstName.ToUpper())
                            || names.Contains(c.LastName.ToUpper())
                            || (c.DateOfBirth != null && dates.Contains(c.DateOfBirth.Value)))
                .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
                .Take(CandidateLimit)
                .Select(c => new CandidateChild(c.Id, c.LocalId, c.FirstName, c.LastName, c.DateOfBirth, c.Address))
                .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        }

        var matches = notifications.ToDictionary(
            n => n.Id,
            n => ChildMatcher.Match(Reported(n), candidates));
        var matchedIds = matches.Values.SelectMany(m => m).Select(m => m.Child.Id).Distinct().ToList();
        var involvements = (await db.Involvements.AsNoTracking()
                .Where(i => matchedIds.Contains(i.ChildId) && i.EndDate == null)
                .Select(i => new { i.ChildId, i.Type })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.ChildId, i => Words.Of(i.Type));

        return [.. notifications.Select(n => new Item(
            n.Id, n.Version, n.ReceivedAt, n.Source, n.SourceReference, n.Kind, n.PoliceRiskLevel?.ToString(),
            n.ChildLocalId, n.ChildFirstName, n.ChildLastName, n.ChildDateOfBirth, n.MissingFrom, n.FoundAt, n.LastSeenLocation, n.Triage,
            [.. matches[n.Id].Select(m => new Candidate(
                m.Child.Id, m.Child.LocalId, $"{m.Child.FirstName} {m.Child.LastName}", m.Child.DateOfBirth, m.Child.Address,
                [.. involvements[m.Child.Id].Distinct().Order(StringComparer.Ordinal)], m.Reasons, m.IsStrong))]))];
    }
}
