using System.Text.RegularExpressions;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notices;

/// <summary>
/// The signed-in person's notices, unread first then newest, each with what it is about resolved now, inside the
/// service: the child it concerns (by name) and the duty in its own words. A notice stores ids only, so nothing about
/// a child is kept in it or sent in its e-mail.
/// </summary>
public static partial class GetMyNotices
{
    public sealed record Query(int Page) : IQuery<PageOf<Item>>;

    /// <param name="ChildName">The child the notice concerns, when it concerns one.</param>
    /// <param name="Duty">The duty it is about, in the words the duty is shown in everywhere ("Offer the return home interview").</param>
    /// <param name="DutyDueAt">When that duty is due.</param>
    public sealed record Item(Guid Id, string Title, string Link, DateTimeOffset CreatedAt, bool Read, string? ChildName, string? Duty, DateTimeOffset? DutyDueAt);

    public sealed class Handler(AppDbContext db, ICurrentActor actor) : IQueryHandler<Query, PageOf<Item>>
    {
        public async ValueTask<PageOf<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var mine = db.Notices.AsNoTracking().Where(n => n.UserId == actor.UserId);
            var total = await mine.CountAsync(cancellationToken);
            var page = Paging.Clamp(query.Page);
            var notices = await mine
                .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt)
                .Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .Select(n => new { n.Id, n.Title, n.Link, n.CreatedAt, Read = n.ReadAt != null, n.DutyTaskId })
                .ToListAsync(cancellationToken);

            var dutyIds = notices.Where(n => n.DutyTaskId != null).Select(n => n.DutyTaskId!.Value).Distinct().ToList();
            var duties = await db.DutyTasks.AsNoTracking().Where(t => dutyIds.Contains(t.Id))
                .Select(t => new { t.Id, t.ChildId, t.Title, t.DueAt })
                .ToDictionaryAsync(t => t.Id, cancellationToken);
            var linked = notices.Where(n => n.DutyTaskId is null).Select(n => (n.Id, Record: LinkedRecord(n.Link))).Where(l => l.Record is not null).ToList();
            var children = await ChildrenOfLinksAsync([.. linked.Select(l => l.Record!.Value)], cancellationToken);
            var childOf = notices.ToDictionary(n => n.Id, n => n.DutyTaskId is { } d && duties.TryGetValue(d, out var duty) ? duty.ChildId
                : linked.FirstOrDefault(l => l.Id == n.Id).Record is { } record && children.TryGetValue(record, out var child) ? child : (Guid?)null);
            var childIds = childOf.Values.OfType<Guid>().Distinct().ToList();
            var names = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id))
                .Select(c => new { c.Id, c.FirstName, c.LastName })
                .ToDictionaryAsync(c => c.Id, c => $"{c.FirstName} {c.LastName}", cancellationToken);

            var items = notices.Select(n =>
            {
                var duty = n.DutyTaskId is { } d && duties.TryGetValue(d, out var t) ? t : null;
                var name = childOf[n.Id] is { } c ? names.GetValueOrDefault(c) : null;
                return new Item(n.Id, n.Title, n.Link, n.CreatedAt, n.Read, name, duty?.Title, duty?.DueAt);
            }).ToList();
            return new PageOf<Item>(items, page, Paging.DefaultSize, total);
        }

        /// <summary>The child of each episode, interview or child record a notice links to.</summary>
        private async Task<Dictionary<(string Kind, Guid Id), Guid>> ChildrenOfLinksAsync(List<(string Kind, Guid Id)> records, CancellationToken cancellationToken)
        {
            var episodeIds = records.Where(r => r.Kind == "episodes").Select(r => r.Id).ToList();
            var rhiIds = records.Where(r => r.Kind == "rhi").Select(r => r.Id).ToList();
            var found = new Dictionary<(string Kind, Guid Id), Guid>();
            foreach (var e in episodeIds.Count == 0 ? [] : await db.Episodes.AsNoTracking().Where(e => episodeIds.Contains(e.Id)).Select(e => new { e.Id, e.ChildId }).ToListAsync(cancellationToken))
            {
                found[("episodes", e.Id)] = e.ChildId;
            }

            foreach (var r in rhiIds.Count == 0 ? [] : await db.ReturnHomeInterviews.AsNoTracking().Where(r => rhiIds.Contains(r.Id)).Select(r => new { r.Id, r.ChildId }).ToListAsync(cancellationToken))
            {
                found[("rhi", r.Id)] = r.ChildId;
            }

            foreach (var c in records.Where(r => r.Kind == "children"))
            {
                found[c] = c.Id;
            }

            return found;
        }
    }

    /// <summary>The record a notice's link opens (<see cref="Links.Episode"/>, <see cref="Links.ReturnInterview"/>, <see cref="Links.Child"/>), if any.</summary>
    public static (string Kind, Guid Id)? LinkedRecord(string link)
    {
        var match = RecordLink().Match(link);
        return match.Success && Guid.TryParse(match.Groups["id"].Value, out var id) ? (match.Groups["kind"].Value, id) : null;
    }

    [GeneratedRegex("^/(?<kind>episodes|rhi|children)/(?<id>[0-9a-fA-F-]{36})(?:[/?#]|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex RecordLink();

    /// <summary>How many unread notices the signed-in person has (for the navigation): one count on the (user, read) index.</summary>
    public sealed record UnreadCount : IQuery<int>;

    public sealed class UnreadHandler(AppDbContext db, ICurrentActor actor) : IQueryHandler<UnreadCount, int>
    {
        public async ValueTask<int> Handle(UnreadCount query, CancellationToken cancellationToken) =>
            actor.UserId is null ? 0 : await db.Notices.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, cancellationToken);
    }
}
