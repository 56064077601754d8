using MissingChildren.Domain.Children;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Documents;

/// <summary>
/// The Director letter (R9) and Serious Incident Notification (R31) duties a manager may act on, scoped as the
/// authorisation queue is: a team manager their own team's; a Head of Service or the Director the whole service.
/// Anyone else, or a duty outside their scope, finds nothing.
/// </summary>
public sealed class DocumentDuties(AppDbContext db, ManagerScope scope, PolicyProfile profile, TimeProvider clock)
{
    public static readonly TaskType[] Types = [TaskType.DirectorLetter, TaskType.SeriousIncidentNotification];

    public static DocumentKind KindOf(TaskType type) =>
        type == TaskType.DirectorLetter ? DocumentKind.DirectorLetter : DocumentKind.SeriousIncidentNotification;

    /// <summary>The duty, tracked for change, or null when there is none the signed-in person may act on.</summary>
    public async Task<DutyTask?> FindAsync(Guid taskId, CancellationToken cancellationToken) =>
        await (await scope.DutiesAsync(cancellationToken)).SingleOrDefaultAsync(t => t.Id == taskId && Types.Contains(t.Type), cancellationToken);

    /// <summary>What the record says for the document, as at now.</summary>
    public async Task<DocumentFacts> FactsAsync(DutyTask task, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().Include(c => c.Involvements).SingleAsync(c => c.Id == task.ChildId, cancellationToken);
        var episode = task.EpisodeId is { } episodeId
            ? await db.Episodes.AsNoTracking().SingleOrDefaultAsync(e => e.Id == episodeId, cancellationToken)
            : null;
        var open = child.Involvements.Where(i => i.IsOpen).ToList();
        return new DocumentFacts(
            child.FullName,
            child.LocalId,
            child.DateOfBirth,
            open.FirstOrDefault(i => i.Type == InvolvementType.CLAOtherAuthority)?.HomeAuthority,
            episode?.NotificationsAboutChild ?? 0,
            child.IsOurLookedAfterChild,
            open.Any(i => i.Type == InvolvementType.CIN),
            open.Any(i => i.Type == InvolvementType.CP),
            episode?.MissingFrom,
            episode?.ReportedAt,
            episode?.FoundAt,
            episode?.PoliceRiskLevel switch { PoliceRiskLevel.High => "high", PoliceRiskLevel.Medium => "medium", _ => null },
            episode?.LastSeenLocation,
            episode?.FoundLocation,
            clock.GetUtcNow());
    }

    public PolicyProfile Profile => profile;
}
