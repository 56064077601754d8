using FluentValidation;
using FluentValidation.Results;
using MissingChildren.Domain.Notifications;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>What every triage action checks before it changes a notification.</summary>
internal static class TriageChecks
{
    public const string ChangedMeanwhile = "Someone else changed this record while you were working on it. Check the notification again and then repeat your action";

    public static ValidationException Fail(string property, string message) => new([new ValidationFailure(property, message)]);

    /// <summary>The notification, tracked, still awaiting triage, at the version the person saw.</summary>
    public static async Task<Notification> AwaitingAsync(AppDbContext db, Guid id, Guid version, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
                           ?? throw Fail("NotificationId", "This notification could not be found");
        if (notification.Version != version)
        {
            throw Fail("NotificationId", ChangedMeanwhile);
        }

        if (notification.Triage != TriageStatus.AwaitingTriage)
        {
            throw Fail("NotificationId", "This notification has already been triaged");
        }

        db.Entry(notification).Property(n => n.Version).OriginalValue = version;
        return notification;
    }

    public static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Fail("NotificationId", ChangedMeanwhile);
        }
    }
}
