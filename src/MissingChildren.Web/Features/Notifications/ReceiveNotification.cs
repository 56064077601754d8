using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Notifications;

/// <summary>
/// A missing, absent or found report arrives (by the API, or recorded by hand). It is kept as received; the same
/// source + reference + kind again changes nothing (R1). A child known by local id, or by one exact match of name
/// and date of birth, is linked at once: the episode is opened or closed, routed (R2, R3) and its duties raised in
/// the same transaction. Anything else waits for Front Door triage.
/// </summary>
public static class ReceiveNotification
{
    public sealed record ChildAsReported(string? LocalId, string? FirstName, string? LastName, DateOnly? DateOfBirth);

    /// <summary>What each dated field is called in a message, on the form and in the API alike.</summary>
    public static class Labels
    {
        public const string DateOfBirth = DateRules.DateOfBirthLabel;
        public const string MissingFrom = "When the child was last seen";
        public const string ReportedAt = "When the child was reported missing";
        public const string FoundAt = "When the child was found";
        public const string ChooseKind = "Select whether the child is missing, absent or found";
    }

    /// <param name="InputErrors">What the form or the API could not read (<see cref="IParsedInput"/>).</param>
    public sealed record Command(
        string? Source,
        string? SourceReference,
        NotificationKind? Kind,
        ChildAsReported? Child,
        DateTimeOffset? MissingFrom,
        DateTimeOffset? ReportedAt,
        DateTimeOffset? FoundAt,
        string? RelatesTo,
        string? PoliceRiskLevel,
        string? LastSeenLocation,
        string? FoundLocation,
        string? Circumstances,
        string Payload,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<Result>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    /// <param name="Created">False when the same notification had already been received: nothing changed.</param>
    public sealed record Result(Guid NotificationId, string? ChildLocalId, Guid? EpisodeId, TriageStatus Triage, bool Created);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            DateTimeOffset Now() => clock.GetUtcNow();
            DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            bool IsReport(Command c) => c.Kind is NotificationKind.Missing or NotificationKind.Absent;
            // A date of birth that is itself refused is not used to judge the other dates.
            DateOnly? Born(Command c) => c.Child?.DateOfBirth is { } born && PlausibleDates.IsDateOfBirth(born, Today()) ? born : null;

            RuleFor(c => c.Source).NotEmpty().WithMessage("Enter the source of the notification").MaximumLength(100).Line("Source");
            RuleFor(c => c.SourceReference).NotEmpty().WithMessage("Enter the source reference").MaximumLength(200).Identifier("Source reference");
            RuleFor(c => c.Kind).NotNull().WithMessage(Labels.ChooseKind);

            RuleFor(c => c.Child).NotNull().WithMessage("Enter the child's details");
            When(c => c.Child is not null, () =>
            {
                RuleFor(c => c.Child!.LocalId).MaximumLength(64).Identifier("Local ID");
                RuleFor(c => c.Child!.FirstName).MaximumLength(100).Line("First name");
                RuleFor(c => c.Child!.LastName).MaximumLength(100).Line("Last name");
                RuleFor(c => c.Child!)
                    .Must(child => !string.IsNullOrWhiteSpace(child.LocalId) || (!string.IsNullOrWhiteSpace(child.FirstName) && !string.IsNullOrWhiteSpace(child.LastName)))
                    .WithName("Child").WithMessage("Enter the child's local ID, or their first and last names");
                RuleFor(c => c.Child!.DateOfBirth).ChildDateOfBirth(Today);
            });

            RuleFor(c => c.MissingFrom).NotNull().When(IsReport).WithMessage("Enter when the child was last seen");
            RuleFor(c => c.MissingFrom).ChildEventTime(Labels.MissingFrom, Now, Born);
            RuleFor(c => c.ReportedAt).ChildEventTime(Labels.ReportedAt, Now, Born);
            RuleFor(c => c.ReportedAt)
                .Must((c, v) => v >= c.MissingFrom)
                .When(c => c.ReportedAt is not null && c.MissingFrom is not null)
                .WithMessage("The child cannot be reported missing before they were last seen");

            RuleFor(c => c.FoundAt).NotNull().When(c => c.Kind == NotificationKind.Found).WithMessage("Enter when the child was found");
            RuleFor(c => c.FoundAt).ChildEventTime(Labels.FoundAt, Now, Born);
            RuleFor(c => c.FoundAt)
                .Must((c, v) => v >= c.MissingFrom)
                .When(c => c.FoundAt is not null && c.MissingFrom is not null)
                .WithMessage("The child cannot be found before they went missing");

            RuleFor(c => c.PoliceRiskLevel)
                .Must(r => r != "Low").WithMessage("A child is never graded Low risk: choose High or Medium")
                .Must(r => r is "Low" or nameof(Domain.Episodes.PoliceRiskLevel.High) or nameof(Domain.Episodes.PoliceRiskLevel.Medium))
                .WithMessage("Police risk must be High or Medium")
                .When(c => !string.IsNullOrEmpty(c.PoliceRiskLevel));
            RuleFor(c => c.RelatesTo).MaximumLength(200).Identifier("Relates to");
            RuleFor(c => c.LastSeenLocation).MaximumLength(400).Line("Last seen location");
            RuleFor(c => c.FoundLocation).MaximumLength(400).Line("Found location");
            RuleFor(c => c.Circumstances).MaximumLength(4000).Text("Circumstances");
        }
    }

    /// <summary>The report is received in one unit of work by <see cref="NotificationIntake"/>.</summary>
    public sealed class Handler(NotificationIntake intake) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken) =>
            await intake.ReceiveAsync(command, alongside: null, cancellationToken);
    }
}
