using System.Text.Json;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Auditing;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Audit;

/// <summary>
/// The audit log search as a download (<c>/admin/audit/export</c>), for a data protection officer answering a subject
/// access request. The export is itself written to the audit log ("Exported", with the search it was), before any row is
/// read; the rows are then read one by one as the file is written, never held whole.
/// </summary>
public static class ExportAuditLog
{
    public sealed record Command(
        string? Child,
        string? Who,
        DateOnly? From,
        DateOnly? To,
        AuditActionFilter? Action,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<Result>, IAuditCriteria
    {
        IReadOnlyList<ValidationFailure> Infrastructure.Mediator.IParsedInput.InputErrors => InputErrors ?? [];
    }

    /// <param name="Rows">The matching entries, newest first, read from the database as they are enumerated.</param>
    public sealed record Result(IAsyncEnumerable<AuditSearch.Row> Rows, IReadOnlySet<string> ClientNames);

    public sealed class Validator : AuditCriteriaValidator<Command>;

    public sealed class Handler(AppDbContext db, AuditSearch search, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var criteria = new Dictionary<string, object>(StringComparer.Ordinal);
            Add(criteria, nameof(Command.Child), command.Child);
            Add(criteria, nameof(Command.Who), command.Who);
            Add(criteria, nameof(Command.From), command.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Add(criteria, nameof(Command.To), command.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Add(criteria, nameof(Command.Action), command.Action?.ToString());
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(),
                Actor = actor.Name,
                EntityType = "AuditLog",
                EntityId = "export",
                Action = AuditSearch.Exported,
                Changes = criteria.Count == 0 ? null : JsonSerializer.Serialize(criteria),
            });
            await db.SaveChangesAsync(cancellationToken);

            var rows = await search.RowsAsync(command, cancellationToken);
            return new Result(rows.AsAsyncEnumerable(), await search.ClientNamesAsync(cancellationToken));
        }

        private static void Add(Dictionary<string, object> criteria, string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                criteria[name] = new { to = value.Trim() };
            }
        }
    }
}
