using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notices;

/// <summary>The signed-in person's notices, newest first, unread marked.</summary>
public static class GetMyNotices
{
    public sealed record Query(int Page) : IQuery<PageOf<Item>>;

    public sealed record Item(Guid Id, string Title, string Link, DateTimeOffset CreatedAt, bool Read);

    public sealed class Handler(AppDbContext db, ICurrentActor actor) : IQueryHandler<Query, PageOf<Item>>
    {
        public async ValueTask<PageOf<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var mine = db.Notices.AsNoTracking().Where(n => n.UserId == actor.UserId);
            var total = await mine.CountAsync(cancellationToken);
            var page = Paging.Clamp(query.Page);
            var items = await mine
                .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt)
                .Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .Select(n => new Item(n.Id, n.Title, n.Link, n.CreatedAt, n.ReadAt != null))
                .ToListAsync(cancellationToken);
            return new PageOf<Item>(items, page, Paging.DefaultSize, total);
        }
    }

    /// <summary>How many unread notices the signed-in person has (for the navigation).</summary>
    public sealed record UnreadCount : IQuery<int>;

    public sealed class UnreadHandler(AppDbContext db, ICurrentActor actor) : IQueryHandler<UnreadCount, int>
    {
        public async ValueTask<int> Handle(UnreadCount query, CancellationToken cancellationToken) =>
            actor.UserId is null ? 0 : await db.Notices.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, cancellationToken);
    }
}
