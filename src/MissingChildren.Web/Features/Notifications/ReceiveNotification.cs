using FluentValidation;
using Mediator;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Notifications;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Notifications;

/// <summary>
/// A missing, absent or found report arrives (by the API, or recorded by hand). It is kept as received; the same
/// source + reference + kind again changes nothing (R1). A child known by local id, or by one exact match of name
/// and date of birth, is linked at once: the episode is opened or closed, routed (R2, R3) and its duties raised in
/// the same transaction. Anything else waits for Front Door triage.
/// </summary>
public static class ReceiveNotification
{
    public sealed record ChildAsReported(string? LocalId, string? FirstName, string? LastName, string? DateOfBirth);

    public sealed record Command(
        string? Source,
        string? SourceReference,
        string? Kind,
        ChildAsReported? Child,
        string? MissingFrom,
        string? ReportedAt,
        string? FoundAt,
        string? RelatesTo,
        string? PoliceRiskLevel,
        string? LastSeenLocation,
        string? FoundLocation,
        string? Circumstances,
        string Payload) : ICommand<Result>;

    /// <param name="Created">False when the same notification had already been received: nothing changed.</param>
    public sealed record Result(Guid NotificationId, string? ChildLocalId, Guid? EpisodeId, TriageStatus Triage, bool Created);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            // A few minutes' grace for clocks that run slightly ahead of ours.
            DateTimeOffset Latest() => clock.GetUtcNow().AddMinutes(5);
            bool IsReport(Command c) => c.Kind is nameof(NotificationKind.Missing) or nameof(NotificationKind.Absent);

            RuleFor(c => c.Source).NotEmpty().WithMessage("Enter the source of the notification").MaximumLength(100);
            RuleFor(c => c.SourceReference).NotEmpty().WithMessage("Enter the source reference").MaximumLength(200);
            RuleFor(c => c.Kind)
                .NotEmpty().WithMessage("Select whether the child is missing, absent or found")
                .Must(k => Enum.TryParse<NotificationKind>(k, ignoreCase: false, out var kind) && Enum.IsDefined(kind))
                .When(c => !string.IsNullOrEmpty(c.Kind), ApplyConditionTo.CurrentValidator).WithMessage("Kind must be Missing, Absent or Found");

            RuleFor(c => c.Child).NotNull().WithMessage("Enter the child's details");
            When(c => c.Child is not null, () =>
            {
                RuleFor(c => c.Child!.LocalId).MaximumLength(64);
                RuleFor(c => c.Child!.FirstName).MaximumLength(100);
                RuleFor(c => c.Child!.LastName).MaximumLength(100);
                RuleFor(c => c.Child!)
                    .Must(child => !string.IsNullOrWhiteSpace(child.LocalId) || (!string.IsNullOrWhiteSpace(child.FirstName) && !string.IsNullOrWhiteSpace(child.LastName)))
                    .WithName("Child").WithMessage("Enter the child's local ID, or their first and last names");
                RuleFor(c => c.Child!.DateOfBirth)
                    .Must(d => Instants.TryParseDate(d, out _)).When(c => !string.IsNullOrEmpty(c.Child!.DateOfBirth))
                    .WithMessage("Date of birth must be a real date, like 2010-05-01")
                    .Must(d => Instants.ParseDate(d) is not { } date || date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
                    .When(c => !string.IsNullOrEmpty(c.Child!.DateOfBirth)).WithMessage("Date of birth must be in the past");
            });

            RuleFor(c => c.MissingFrom).NotEmpty().When(IsReport).WithMessage("Enter when the child was last seen");
            RuleFor(c => c.MissingFrom)
                .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("When the child was last seen must be a date and time with an offset, like 2026-11-23T21:30:00+00:00")
                .Must(v => Instants.ParseInstant(v) <= Latest()).WithMessage("When the child was last seen must be in the past")
                .When(c => !string.IsNullOrEmpty(c.MissingFrom));
            RuleFor(c => c.ReportedAt)
                .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("When the child was reported missing must be a date and time with an offset, like 2026-11-23T23:10:00+00:00")
                .Must(v => Instants.ParseInstant(v) <= Latest()).WithMessage("When the child was reported missing must be in the past")
                .When(c => !string.IsNullOrEmpty(c.ReportedAt));
            RuleFor(c => c.ReportedAt)
                .Must((c, v) => Instants.ParseInstant(v) >= Instants.ParseInstant(c.MissingFrom))
                .When(c => Instants.TryParseInstant(c.ReportedAt, out _) && Instants.TryParseInstant(c.MissingFrom, out _))
                .WithMessage("The child cannot be reported missing before they were last seen");

            RuleFor(c => c.FoundAt).NotEmpty().When(c => c.Kind == nameof(NotificationKind.Found)).WithMessage("Enter when the child was found");
            RuleFor(c => c.FoundAt)
                .Must(v => Instants.TryParseInstant(v, out _)).WithMessage("When the child was found must be a date and time with an offset, like 2026-11-24T08:15:00+00:00")
                .Must(v => Instants.ParseInstant(v) <= Latest()).WithMessage("When the child was found must be in the past")
                .When(c => !string.IsNullOrEmpty(c.FoundAt));
            RuleFor(c => c.FoundAt)
                .Must((c, v) => Instants.ParseInstant(v) >= Instants.ParseInstant(c.MissingFrom))
                .When(c => Instants.TryParseInstant(c.FoundAt, out _) && Instants.TryParseInstant(c.MissingFrom, out _))
                .WithMessage("The child cannot be found before they went missing");

            RuleFor(c => c.PoliceRiskLevel)
                .Must(r => r != "Low").WithMessage("A child is never graded Low risk: choose High or Medium")
                .Must(r => r is "Low" or nameof(Domain.Episodes.PoliceRiskLevel.High) or nameof(Domain.Episodes.PoliceRiskLevel.Medium))
                .WithMessage("Police risk must be High or Medium")
                .When(c => !string.IsNullOrEmpty(c.PoliceRiskLevel));
            RuleFor(c => c.RelatesTo).MaximumLength(200);
            RuleFor(c => c.LastSeenLocation).MaximumLength(400);
            RuleFor(c => c.FoundLocation).MaximumLength(400);
            RuleFor(c => c.Circumstances).MaximumLength(4000);
        }
    }

    public sealed class Handler(AppDbContext db, NotificationRouter router, ICurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var kind = Enum.Parse<NotificationKind>(command.Kind!);
            if (await FindAsync(command.Source!, command.SourceReference!, kind, cancellationToken) is { } existing)
            {
                return existing;
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await ReceiveAsync(command, kind, cancellationToken);
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

        /// <summary>Tries before answering 500 when other reports about the same child keep winning the race.</summary>
        private const int MaxAttempts = 8;

        private async Task<Result?> FindAsync(string source, string reference, NotificationKind kind, CancellationToken cancellationToken) =>
            await db.Notifications.AsNoTracking()
                .Where(n => n.Source == source && n.SourceReference == reference && n.Kind == kind)
                .Select(n => new Result(n.Id, db.Children.Where(c => c.Id == n.ChildId).Select(c => c.LocalId).FirstOrDefault(), n.EpisodeId, n.Triage, false))
                .FirstOrDefaultAsync(cancellationToken);

        private async Task<Result> ReceiveAsync(Command command, NotificationKind kind, CancellationToken cancellationToken)
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
                ChildDateOfBirth = Instants.ParseDate(command.Child?.DateOfBirth),
                MissingFrom = Instants.ParseInstant(command.MissingFrom),
                ReportedAt = Instants.ParseInstant(command.ReportedAt),
                FoundAt = Instants.ParseInstant(command.FoundAt),
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

            await db.SaveChangesAsync(cancellationToken);
            return new Result(notification.Id, child?.LocalId, notification.EpisodeId, notification.Triage, true);
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
