using Mediator;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Documents;

/// <summary>
/// The draft of the document a Director letter (R9) or Serious Incident Notification (R31) duty asks for, prefilled
/// from the record: the child, the home authority and the number of notifications (R9), the episode and why the
/// notification is needed (R31: looked after, CIN or CP plan, or missing 24 hours or more). Null when there is no such
/// duty the signed-in manager may act on (<see cref="DocumentDuties"/>).
/// </summary>
public static class PrepareDocument
{
    public sealed record Query(Guid TaskId) : IQuery<Result?>;

    public sealed record Result(
        Guid TaskId,
        Guid Version,
        DocumentKind Kind,
        string Rule,
        string DutyTitle,
        DutyStatus Status,
        string? ClosedReason,
        DateTimeOffset DueAt,
        Guid ChildId,
        string ChildName,
        string LocalId,
        Guid? EpisodeId,
        string Title,
        string From,
        string AddressedTo,
        IReadOnlyList<string> Facts,
        IReadOnlyList<string> Reasons,
        string? HomeAuthority,
        int NotificationsAboutChild,
        Guid? FiledDocumentId);

    public sealed class Handler(AppDbContext db, DocumentDuties duties) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var task = await duties.FindAsync(query.TaskId, cancellationToken);
            if (task is null)
            {
                return null;
            }

            var kind = DocumentDuties.KindOf(task.Type);
            var facts = await duties.FactsAsync(task, cancellationToken);
            var profile = duties.Profile;
            var filed = await db.FiledDocuments.AsNoTracking().Where(d => d.DutyTaskId == task.Id).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
            var reasons = kind == DocumentKind.SeriousIncidentNotification
                ? DocumentText.SeriousIncidentReasons(profile.AfterReturn.SeriousIncidentNotification, facts, profile.Authority)
                : [];
            return new Result(
                task.Id, task.Version, kind, task.RuleId, task.Title, task.Status, task.ClosedReason, task.DueAt,
                task.ChildId, facts.ChildName, facts.ChildLocalId, task.EpisodeId,
                DocumentText.Title(kind), DocumentText.From(profile), DocumentText.AddressedTo(kind, profile, facts, null),
                DocumentText.Facts(kind, profile, facts).Split("\n\n"), reasons, facts.HomeAuthority, facts.NotificationsAboutChild, filed);
        }
    }
}
