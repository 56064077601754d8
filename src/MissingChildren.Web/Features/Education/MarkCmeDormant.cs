using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Web.Infrastructure.Mediator;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// R40 (003): a child not found is never closed: the investigation is filed as dormant with the date it is next reviewed.
/// Marking a dormant investigation dormant again is its review: the review duty is done and the next date set.
/// </summary>
public static class MarkCmeDormant
{
    public const string ReviewOnLabel = "The review date";

    public sealed record Command(Guid InvestigationId, Guid Version, DateOnly? ReviewOn, IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.ReviewOn).NotNull().WithMessage("Enter the review date");
            RuleFor(c => c.ReviewOn).Must(d => d <= CmeSteps.Today(clock).AddYears(1)).When(c => c.ReviewOn is not null)
                .WithMessage("The review date must be within a year");
        }
    }

    public sealed class Handler(CmeSteps steps) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var investigation = await steps.TakeAsync(command.InvestigationId, command.Version,
                i => i.MarkDormant(command.ReviewOn!.Value, steps.LocalToday, steps.Now), cancellationToken);
            await steps.CloseReviewDutiesAsync(investigation, "Reviewed: still not found, next review " + command.ReviewOn!.Value.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), cancellationToken);
            await steps.SaveAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
