using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// R40 (003): every avenue exhausted: the Education Safeguarding Officer's advice, and the "No Trace" report made to the
/// police; a referral to the Border Agency when the child is thought to have left the country. Closes the child's open
/// <c>NoTraceReport</c> duty.
/// </summary>
public static class RecordNoTrace
{
    public const string AdviceOnLabel = "The date of the Education Safeguarding Officer's advice";

    public const string ReportedOnLabel = "The date of the No Trace report";

    public const string BorderAgencyOnLabel = "The date of the referral to the Border Agency";

    public sealed record Command(
        Guid InvestigationId, Guid Version, DateOnly? AdviceOn, string? Advice, DateOnly? ReportedOn, string? PoliceReference,
        bool LeftTheCountry, DateOnly? BorderAgencyOn, string? BorderAgencyReference, IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.AdviceOn).NotNull().WithMessage("Enter the date of the Education Safeguarding Officer's advice");
            RuleFor(c => c.AdviceOn).Must(d => d <= CmeSteps.Today(clock)).When(c => c.AdviceOn is not null).WithMessage(InputMessages.NotInPast(AdviceOnLabel));
            RuleFor(c => c.Advice).NotEmpty().WithMessage("Enter the Education Safeguarding Officer's advice").MaximumLength(4000);
            RuleFor(c => c.ReportedOn).NotNull().WithMessage("Enter the date of the No Trace report to the police");
            RuleFor(c => c.ReportedOn).Must(d => d <= CmeSteps.Today(clock)).When(c => c.ReportedOn is not null).WithMessage(InputMessages.NotInPast(ReportedOnLabel));
            RuleFor(c => c.PoliceReference).MaximumLength(100);
            RuleFor(c => c.BorderAgencyOn).NotNull().When(c => c.LeftTheCountry).WithMessage("Enter the date of the referral to the Border Agency");
            RuleFor(c => c.BorderAgencyOn).Must(d => d <= CmeSteps.Today(clock)).When(c => c.BorderAgencyOn is not null).WithMessage(InputMessages.NotInPast(BorderAgencyOnLabel));
            RuleFor(c => c.BorderAgencyReference).MaximumLength(100);
        }
    }

    public sealed class Handler(CmeSteps steps, AppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var investigation = await steps.TakeAsync(command.InvestigationId, command.Version, i =>
            {
                if (command.LeftTheCountry)
                {
                    i.ReferToBorderAgency(command.BorderAgencyOn!.Value, command.BorderAgencyReference, steps.Now);
                }

                i.RecordNoTrace(command.AdviceOn!.Value, command.Advice!, command.ReportedOn!.Value, command.PoliceReference, steps.Now);
            }, cancellationToken);

            // R40: the No Trace report duty is closed by recording the report.
            foreach (var duty in await db.DutyTasks.Where(t => t.ChildId == investigation.ChildId && t.Type == TaskType.NoTraceReport && t.Status == DutyStatus.Open)
                         .ToListAsync(cancellationToken))
            {
                duty.Complete(steps.Now, "No Trace report recorded");
            }

            await steps.SaveAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
