using FluentValidation.Results;
using Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Audit;

/// <summary>
/// The audit log search (<c>/admin/audit</c>, Administrators): by child, by who, by date range and by action, newest
/// first, one page at a time. No criteria at all lists the latest entries.
/// </summary>
public static class SearchAuditLog
{
    public sealed record Query(
        string? Child,
        string? Who,
        DateOnly? From,
        DateOnly? To,
        AuditActionFilter? Action,
        int Page = 1,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : IQuery<Result>, IAuditCriteria
    {
        IReadOnlyList<ValidationFailure> Infrastructure.Mediator.IParsedInput.InputErrors => InputErrors ?? [];
    }

    /// <param name="ClientNames">The integration clients' names, so a row can say its actor is one.</param>
    public sealed record Result(PageOf<AuditSearch.Row> Rows, IReadOnlySet<string> ClientNames);

    public sealed class Validator : AuditCriteriaValidator<Query>;

    public sealed class Handler(AuditSearch search) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var total = await (await search.EntriesAsync(query, cancellationToken)).CountAsync(cancellationToken);
            var page = Math.Min(Paging.Clamp(query.Page), Math.Max(1, (total + Paging.DefaultSize - 1) / Paging.DefaultSize));
            var rows = await (await search.RowsAsync(query, cancellationToken))
                .Skip((page - 1) * Paging.DefaultSize).Take(Paging.DefaultSize)
                .ToListAsync(cancellationToken);
            return new Result(new PageOf<AuditSearch.Row>(rows, page, Paging.DefaultSize, total), await search.ClientNamesAsync(cancellationToken));
        }
    }
}
