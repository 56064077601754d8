using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Education;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Education;

/// <summary>R40 (003): a request for information sent in the investigation (another authority, the NHS, a council, the police, early help, a school), and its reply when there is one.</summary>
public static class RecordCmeEnquiry
{
    public const string AskedOnLabel = "The date the enquiry was made";

    public const string RepliedOnLabel = "The date the reply came";

    public sealed record Command(
        Guid InvestigationId, Guid Version, EnquiryAgency? Agency, string? AskedOf, DateOnly? AskedOn, string? Reply, DateOnly? RepliedOn,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Agency).NotNull().WithMessage("Select who the enquiry was made to");
            RuleFor(c => c.AskedOf).NotEmpty().WithMessage("Enter who was asked").MaximumLength(200);
            RuleFor(c => c.AskedOn).NotNull().WithMessage("Enter the date the enquiry was made");
            RuleFor(c => c.AskedOn).Must(d => d <= CmeSteps.Today(clock))
                .When(c => c.AskedOn is not null).WithMessage(InputMessages.NotInPast(AskedOnLabel));
            RuleFor(c => c.Reply).MaximumLength(4000);
            RuleFor(c => c.RepliedOn).NotNull().When(c => !string.IsNullOrWhiteSpace(c.Reply)).WithMessage("Enter the date the reply came");
            RuleFor(c => c.Reply).NotEmpty().When(c => c.RepliedOn is not null).WithMessage("Enter the reply");
            RuleFor(c => c.RepliedOn).Must(d => d <= CmeSteps.Today(clock))
                .When(c => c.RepliedOn is not null).WithMessage(InputMessages.NotInPast(RepliedOnLabel));
        }
    }

    public sealed class Handler(CmeSteps steps) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await steps.TakeAsync(command.InvestigationId, command.Version,
                i => i.RecordEnquiry(command.Agency!.Value, command.AskedOf!, command.AskedOn!.Value, command.Reply, command.RepliedOn, steps.Now), cancellationToken);
            await steps.SaveAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
