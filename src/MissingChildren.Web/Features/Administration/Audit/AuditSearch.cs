using FluentValidation;
using MissingChildren.Data;
using MissingChildren.Domain.Auditing;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Features.Administration.Audit;

/// <summary>The kinds of audit entry a search can ask for (the stored actions in <see cref="AuditSearch"/>).</summary>
public enum AuditActionFilter
{
    /// <summary>A case record was opened ("Viewed").</summary>
    Viewed,

    /// <summary>A record was added, changed or deleted.</summary>
    Changed,

    /// <summary>Someone was refused what they tried to do ("Refused").</summary>
    Refused,

    /// <summary>The audit log itself was exported ("Exported").</summary>
    Exported,
}

/// <summary>What an audit log search asks for: the same for the page and its CSV export.</summary>
public interface IAuditCriteria : IParsedInput
{
    /// <summary>A child's local id, or words of their name.</summary>
    string? Child { get; }

    /// <summary>A user's name or e-mail, an integration client's name, or "system".</summary>
    string? Who { get; }

    /// <summary>The first day (Europe/London) of the range.</summary>
    DateOnly? From { get; }

    /// <summary>The last day (Europe/London) of the range, included.</summary>
    DateOnly? To { get; }

    AuditActionFilter? Action { get; }
}

/// <summary>The search's own checks; a date that is not real is reported by the page's <see cref="EdgeInput"/>.</summary>
public abstract class AuditCriteriaValidator<T> : AbstractValidator<T>
    where T : IAuditCriteria
{
    public const string FromLabel = "The from date";

    public const string ToLabel = "The to date";

    public const int MaximumChildLength = 100;

    public const int MaximumWhoLength = 256;

    protected AuditCriteriaValidator()
    {
        RuleFor(c => c.Child).MaximumLength(MaximumChildLength)
            .WithMessage($"The child's local ID or name must be {MaximumChildLength} characters or fewer");
        RuleFor(c => c.Who).MaximumLength(MaximumWhoLength)
            .WithMessage($"The name or e-mail address must be {MaximumWhoLength} characters or fewer");
        RuleFor(c => c.To).Must((c, to) => c.From is null || to >= c.From)
            .When(c => c.To is not null)
            .WithMessage($"{ToLabel} must be the same as or after the from date");
    }
}

/// <summary>
/// The audit log (<see cref="AuditEntry"/>, table AuditLog) narrowed by child, by who, by date (Europe/London) and by action,
/// newest first, with who the actor is and which child the record belongs to. Read by the search page and the CSV export.
/// </summary>
public sealed class AuditSearch(AppDbContext db, IOptions<IntegrationOptions> integration)
{
    /// <summary>One audit entry as the search shows it: the actor's account and the child, where there are any.</summary>
    public sealed record Row(
        long Id,
        DateTimeOffset At,
        string Actor,
        string? UserName,
        string? UserEmail,
        string Action,
        string EntityType,
        string EntityId,
        Guid? ChildId,
        string? ChildLocalId,
        string? ChildName,
        string? Changes);

    /// <summary>The stored actions of a record added, changed or deleted (the data layer's <c>EntityState</c> names).</summary>
    public static readonly string[] ChangeActions = ["Added", "Modified", "Deleted"];

    public const string Viewed = "Viewed";

    public const string Refused = "Refused";

    public const string Exported = "Exported";

    /// <summary>The matching entries, newest first, with the actor's account and the child joined on.</summary>
    public async Task<IQueryable<Row>> RowsAsync(IAuditCriteria criteria, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(criteria, cancellationToken);
        return from a in entries
               join u in db.Users on a.Actor equals u.UserName into users
               from u in users.DefaultIfEmpty()
               join c in db.Children on a.ChildId equals (Guid?)c.Id into children
               from c in children.DefaultIfEmpty()
               orderby a.At descending, a.Id descending
               select new Row(
                   a.Id, a.At, a.Actor, u == null ? null : u.DisplayName, u == null ? null : u.Email, a.Action, a.EntityType, a.EntityId,
                   a.ChildId, c == null ? null : c.LocalId, c == null ? null : c.FirstName + " " + c.LastName, a.Changes);
    }

    /// <summary>The entries that match, unordered: filtered on the indexed columns (At, Actor and At, ChildId and At).</summary>
    public async Task<IQueryable<AuditEntry>> EntriesAsync(IAuditCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(criteria.Child))
        {
            var children = await ChildIdsAsync(criteria.Child, cancellationToken);
            entries = entries.Where(a => children.Contains(a.ChildId));
        }

        if (!string.IsNullOrWhiteSpace(criteria.Who))
        {
            var actors = await ActorsAsync(criteria.Who, cancellationToken);
            entries = entries.Where(a => actors.Contains(a.Actor));
        }

        if (criteria.From is { } from)
        {
            var start = StartOfDay(from);
            entries = entries.Where(a => a.At >= start);
        }

        if (criteria.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1));
            entries = entries.Where(a => a.At < end);
        }

        return criteria.Action switch
        {
            AuditActionFilter.Viewed => entries.Where(a => a.Action == Viewed),
            AuditActionFilter.Changed => entries.Where(a => ChangeActions.Contains(a.Action)),
            AuditActionFilter.Refused => entries.Where(a => a.Action == Refused),
            AuditActionFilter.Exported => entries.Where(a => a.Action == Exported),
            _ => entries,
        };
    }

    /// <summary>Integration clients by name, from the database and from configuration: how the audit log names them.</summary>
    public async Task<HashSet<string>> ClientNamesAsync(CancellationToken cancellationToken)
    {
        var names = await db.ApiClients.AsNoTracking().Select(c => c.Name).ToListAsync(cancellationToken);
        return new HashSet<string>(names.Concat(integration.Value.Clients.Select(c => c.Name)), StringComparer.Ordinal);
    }

    /// <summary>Midnight at the start of a day in UK local time, as a UTC instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, DeadlineText.UkTime.GetUtcOffset(local)).ToUniversalTime();
    }

#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a case-insensitive match on every provider.

    /// <summary>The children whose local id is the text, or whose first and last names hold every word of it.</summary>
    private async Task<List<Guid?>> ChildIdsAsync(string text, CancellationToken cancellationToken)
    {
        var upper = text.Trim().ToUpperInvariant();
        var byName = db.Children.AsNoTracking();
        foreach (var word in upper.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            byName = byName.Where(c => c.FirstName.ToUpper().Contains(word) || c.LastName.ToUpper().Contains(word));
        }

        var ids = await byName.Select(c => c.Id)
            .Concat(db.Children.Where(c => c.LocalId.ToUpper() == upper).Select(c => c.Id))
            .ToListAsync(cancellationToken);
        return [.. ids.Distinct().Select(id => (Guid?)id)];
    }

    /// <summary>
    /// The names the audit log holds for who the text describes: users whose name or e-mail holds it (written under their
    /// user name), integration clients whose name holds it, "system" for jobs, and the text itself.
    /// </summary>
    private async Task<List<string>> ActorsAsync(string text, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        var upper = trimmed.ToUpperInvariant();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.DisplayName.ToUpper().Contains(upper) || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(upper)))
            .Select(u => u.UserName!)
            .ToListAsync(cancellationToken);
        var clients = (await ClientNamesAsync(cancellationToken)).Where(n => n.Contains(trimmed, StringComparison.OrdinalIgnoreCase));
        var system = HttpContextActor.System.Equals(trimmed, StringComparison.OrdinalIgnoreCase) ? [HttpContextActor.System] : Array.Empty<string>();
        return [.. users.Concat(clients).Concat(system).Append(trimmed).Distinct(StringComparer.Ordinal)];
    }
#pragma warning restore CA1304, CA1311, CA1862
}
