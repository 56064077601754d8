using FluentValidation;
using Mediator;
using MissingChildren.Domain.Notifications;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>R1: a notification that repeats another is kept (never deleted), marked Duplicate and linked to the original.</summary>
public static class MarkDuplicate
{
    public sealed record Command(Guid NotificationId, Guid Version, Guid? DuplicateOfId) : ICommand<Result>;

    public sealed record Result(Guid NotificationId, Guid DuplicateOfId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.DuplicateOfId).NotEmpty().WithMessage("Select the notification this one repeats");
    }

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var notification = await TriageChecks.AwaitingAsync(db, command.NotificationId, command.Version, cancellationToken);
            var original = await db.Notifications.AsNoTracking()
                .Where(n => n.Id == command.DuplicateOfId && n.Id != notification.Id && n.Triage != TriageStatus.Duplicate)
                .Select(n => (Guid?)n.Id)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw TriageChecks.Fail(nameof(Command.DuplicateOfId), "Select the notification this one repeats");
            notification.Triage = TriageStatus.Duplicate;
            notification.DuplicateOfId = original;
            await TriageChecks.SaveAsync(db, cancellationToken);
            return new Result(notification.Id, original);
        }
    }
}
