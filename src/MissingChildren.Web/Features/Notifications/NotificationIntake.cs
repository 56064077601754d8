using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notifications;

/// <summary>
/// Receives a missing, absent or found report in one unit of work, for every use case that takes one in (the API and
/// Front Door's <see cref="ReceiveNotification"/>, a social worker's <see cref="Episodes.RecordFound"/>): kept as
/// received, the same source + reference + kind again changing nothing (R1); linked at once to a child known for
/// certain, the episode opened or closed, routed (R2, R3) and its duties raised; and saved together with whatever the
/// caller adds alongside. When another request changed the same child, episode or duties a moment ago the save is
/// refused: the context is cleared and the whole unit, the caller's additions included, is done again on what is
/// there now, so nothing is dropped.
/// </summary>
public sealed class NotificationIntake(AppDbContext db, NotificationRouter router, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Tries before answering 500 when other reports about the same child keep winning the race.</summary>
    public const int MaxAttempts = 8;

    /// <param name="alongside">Adds the caller's own records to the same save; called again on every attempt, as the context is cleared in between.</param>
    public async Task<ReceiveNotification.Result> ReceiveAsync(ReceiveNotification.Command command, Action? alongside, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = command.Kind!.Value;
        if (await FindAsync(command.Source!, command.SourceReference!, kind, cancellationToken) is { } existing)
        {
            return existing;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReceiveOnceAsync(command, kind, alongside, cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation() || ex is DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();

                // The same report arrived twice at once: the other request stored it; answer with its result.
                if (await FindAsync(command.Source!, command.SourceReference!, kind, cancellationToken) is { } stored)
                {
                    return stored;
                }

                // Another report about the same child changed its episode or raised the same duty a moment ago:
                // read again and route this one onto what is there now. Nothing was saved, so nothing is lost.
                if (attempt == MaxAttempts)
                {
                    throw;
                }

                // A short random pause so the requests that collided do not collide again in step.
#pragma warning disable CA5394 // Jitter, not security.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
#pragma warning restore CA5394
            }
        }
    }

    private async Task<ReceiveNotification.Result?> FindAsync(string source, string reference, NotificationKind kind, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.Source == source && n.SourceReference == reference && n.Kind == kind)
            .Select(n => new ReceiveNotification.Result(n.Id, db.Children.Where(c => c.Id == n.ChildId).Select(c => c.LocalId).FirstOrDefault(), n.EpisodeId, n.Triage, false))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<ReceiveNotification.Result> ReceiveOnceAsync(ReceiveNotification.Command command, NotificationKind kind, Action? alongside, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var notification = new Notification
        {
            Source = command.Source!.Trim(),
            SourceReference = command.SourceReference!.Trim(),
            Kind = kind,
            ReceivedAt = now,
            ReceivedFrom = actor.Name,
            Payload = command.Payload,
            ChildLocalId = Blank(command.Child?.LocalId),
            ChildFirstName = Blank(command.Child?.FirstName),
            ChildLastName = Blank(command.Child?.LastName),
            ChildDateOfBirth = command.Child?.DateOfBirth,
            MissingFrom = command.MissingFrom,
            ReportedAt = command.ReportedAt,
            FoundAt = command.FoundAt,
            RelatesTo = Blank(command.RelatesTo),
            PoliceRiskLevel = Enum.TryParse<PoliceRiskLevel>(command.PoliceRiskLevel, out var risk) ? risk : null,
            LastSeenLocation = Blank(command.LastSeenLocation),
            FoundLocation = Blank(command.FoundLocation),
            Circumstances = Blank(command.Circumstances),
            Triage = TriageStatus.AwaitingTriage,
        };
        db.Notifications.Add(notification);

        // R1: linked only on the local id or one exact match; never merged on a guess.
        var child = await router.ExactMatchAsync(notification, cancellationToken);
        if (child is not null)
        {
            await router.RouteAsync(notification, child, now, cancellationToken);
        }

        alongside?.Invoke();
        await db.SaveChangesAsync(cancellationToken);
        return new ReceiveNotification.Result(notification.Id, child?.LocalId, notification.EpisodeId, notification.Triage, true);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
