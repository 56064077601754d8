using Mediator;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Calendar;

/// <summary>One stored closure day, to confirm its removal.</summary>
public static class GetClosureDay
{
    public sealed record Query(Guid Id) : IQuery<Result?>;

    public sealed record Result(Guid Id, Guid Version, DateOnly Date, string Reason, string AddedBy, DateTimeOffset AddedAt);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.ClosureDays.AsNoTracking().Where(d => d.Id == query.Id)
                .Select(d => new Result(d.Id, d.Version, d.Date, d.Reason, d.AddedBy, d.AddedAt))
                .SingleOrDefaultAsync(cancellationToken);
    }
}
