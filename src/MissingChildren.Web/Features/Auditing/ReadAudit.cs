using System.Text.Json;
using MissingChildren.Data;
using MissingChildren.Domain.Auditing;
using MissingChildren.Web.Features.Administration.Audit;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Auditing;

/// <summary>One record of a child's that a page or API answer showed: which child, and which of their records.</summary>
public sealed record ChildRecordRead(Guid ChildId, string EntityType, string EntityId)
{
    /// <summary>The child's case record itself (their details, as on a list or a header).</summary>
    public static ChildRecordRead Child(Guid childId) => new(childId, "Child", childId.ToString());

    public static ChildRecordRead Of(Guid childId, string entityType, Guid entityId) => new(childId, entityType, entityId.ToString());
}

/// <summary>
/// A page model (or an API answer) that shows children's data says which records it showed; every successful read of
/// one is then written to the audit log as "Viewed" by <c>ReadAuditFilter</c> (pages) or <c>ReadAuditEndpointFilter</c>
/// (API), so a new page cannot forget it. A list names every child it shows.
/// </summary>
public interface IShowsChildRecords
{
    IEnumerable<ChildRecordRead> RecordsShown { get; }
}

/// <summary>
/// Writes reads and refusals to the audit log (ADR 0006): who, when, which child and record, which page or endpoint;
/// never what was shown. One <c>SaveChanges</c> (one batched insert) per request.
/// </summary>
public sealed class ReadAudit(AppDbContext db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Every record shown, once each (a list of many children is one batched insert).</summary>
    public async Task ViewedAsync(IEnumerable<ChildRecordRead> reads, string page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var changes = Page(page);
        var added = false;
        foreach (var read in reads.Distinct())
        {
            db.AuditEntries.Add(Entry(AuditSearch.Viewed, read.EntityType, read.EntityId, read.ChildId, changes));
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Someone was refused a page, an API call or a record: which page, which record they asked for (its id from the
    /// address) and, where known, whose. Nothing else of the refused request is saved.
    /// </summary>
    public async Task RefusedAsync(string entityType, string entityId, Guid? childId, string page, int status, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var changes = JsonSerializer.Serialize(new Dictionary<string, object> { ["Page"] = new { to = page }, ["Status"] = new { to = status } });
        db.AuditEntries.Add(Entry(AuditSearch.Refused, entityType, entityId.Length > 64 ? entityId[..64] : entityId, childId, changes));
        await db.SaveChangesAsync(cancellationToken);
    }

    private AuditEntry Entry(string action, string entityType, string entityId, Guid? childId, string changes) => new()
    {
        At = clock.GetUtcNow(),
        Actor = actor.Name,
        EntityType = entityType,
        EntityId = entityId,
        ChildId = childId,
        Action = action,
        Changes = changes,
    };

    private static string Page(string page) => JsonSerializer.Serialize(new Dictionary<string, object> { ["Page"] = new { to = page } });
}

/// <summary>
/// What an access rule refused in this request when the answer does not say so itself (an RHI another team holds is
/// "not found" to the person asking): noted by the rule, written as "Refused" at the end of the request.
/// </summary>
public sealed class AccessRefusals
{
    public ChildRecordRead? Refused { get; private set; }

    public void Note(ChildRecordRead record) => Refused ??= record;
}
