using FluentValidation;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.FrontDoor;

/// <summary>
/// R1: Front Door links a notification to the child it is about. It is then routed exactly as a notification linked on
/// arrival (NotificationRouter): the episode is opened or closed, held by the right team (R2, R3) and its duties raised.
/// A strong match (<see cref="ChildMatch.IsStrong"/>) is linked as it is; a weak one only once Front Door has compared the
/// child's record with the report and says so: children are never linked on a guess.
/// </summary>
public static class LinkNotification
{
    /// <param name="Compared">Front Door opened the child's record and confirms the report is about them: needed unless the match is strong (R1).</param>
    public sealed record Command(Guid NotificationId, Guid Version, Guid? ChildId, bool Compared = false) : ICommand<Result>;

    public const string CompareFirst = "Open the child's record, compare it with the report, then confirm this report is about them";

    public sealed record Result(Guid EpisodeId, Guid ChildId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.ChildId).NotEmpty().WithMessage("Select the child this notification is about");
    }

    public sealed class Handler(AppDbContext db, NotificationRouter router, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var notification = await TriageChecks.AwaitingAsync(db, command.NotificationId, command.Version, cancellationToken);
            var child = await db.Children.Include(c => c.Involvements).SingleOrDefaultAsync(c => c.Id == command.ChildId, cancellationToken)
                        ?? throw TriageChecks.Fail(nameof(Command.ChildId), "Select the child this notification is about");
            var match = ChildMatcher.Score(
                GetAwaitingTriage.Reported(notification), new CandidateChild(child.Id, child.LocalId, child.FirstName, child.LastName, child.DateOfBirth, child.Address));
            if (!match.IsStrong && !command.Compared)
            {
                throw TriageChecks.Fail(nameof(Command.Compared), CompareFirst);
            }

            var episode = await router.RouteAsync(notification, child, clock.GetUtcNow(), cancellationToken)
                          ?? throw TriageChecks.Fail(nameof(Command.ChildId), NoEpisodeToClose(notification));
            await TriageChecks.SaveAsync(db, cancellationToken);
            return new Result(episode.Id, child.Id);
        }
    }

    internal static string NoEpisodeToClose(Notification notification) => notification.Kind == NotificationKind.Found
        ? "This child has no open episode for the found report to close, and the report does not say when they went missing"
        : "This notification cannot open an episode";
}
