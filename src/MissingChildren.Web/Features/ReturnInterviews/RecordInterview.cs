using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// The interview itself: when and where, who was present, what the child said, the parents' or carers' views (R25),
/// risks found, the child's consent to share the outcome (R27) and, for an unaccompanied asylum-seeking child, the
/// interpreting need (R43).
/// </summary>
public static class RecordInterview
{
    public sealed record Command(
        Guid RhiId,
        Guid Version,
        DateTimeOffset? InterviewedAt,
        string? Location,
        string? PeoplePresent,
        string? ChildAccount,
        string? ParentsCarersViews,
        string? RisksIdentified,
        string? ConsentToShare,
        string? InterpreterNeeded,
        string? InterpreterLanguage,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string InterviewedAtLabel = "The date of the interview";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock, ReturnInterviewRules rules)
        {
            RuleFor(c => c.InterviewedAt).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter the date and time of the interview")
                .Must(at => at <= clock.GetUtcNow()).WithMessage(InputMessages.NotInPast(InterviewedAtLabel));
            RuleFor(c => c.Location).NotEmpty().WithMessage("Enter where the interview took place").MaximumLength(200);
            RuleFor(c => c.PeoplePresent).NotEmpty().WithMessage("Enter who was present").MaximumLength(400);
            RuleFor(c => c.ChildAccount).NotEmpty().WithMessage("Enter what the child said").MaximumLength(4000);

            // R25 (001 §2.5): parents or carers are spoken with in every case.
            RuleFor(c => c.ParentsCarersViews).NotEmpty().When(_ => rules.Settings.ParentsSpokenWithInEveryCase)
                .WithMessage("Enter the parents' or carers' views: they are spoken with in every case").MaximumLength(4000);
            RuleFor(c => c.RisksIdentified).NotEmpty().WithMessage("Enter the risks found, or 'None found'").MaximumLength(4000);
            RuleFor(c => c.ConsentToShare).Must(c => c is "yes" or "no").WithMessage("Select whether the child agrees to the outcome being shared");
            RuleFor(c => c.InterpreterNeeded).Must(c => c is null or "yes" or "no").WithMessage("Select whether an interpreter is needed");
            RuleFor(c => c.InterpreterLanguage).NotEmpty().When(c => c.InterpreterNeeded == "yes").WithMessage("Enter the language the child needs an interpreter for")
                .MaximumLength(100);
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            await RecordedTimes.EnsureAsync(db, clock, rhi, nameof(Command.InterviewedAt), InterviewedAtLabel, command.InterviewedAt!.Value, cancellationToken);
            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            var record = new InterviewRecord(
                command.InterviewedAt!.Value,
                command.Location!,
                command.PeoplePresent!,
                command.ChildAccount!,
                command.ParentsCarersViews,
                command.RisksIdentified!,
                command.ConsentToShare == "yes",
                command.InterpreterNeeded is null ? null : command.InterpreterNeeded == "yes",
                command.InterpreterLanguage);

            // R43: an unaccompanied asylum-seeking child's interpreting need is asked for.
            var closed = RhiStep.Run(nameof(Command.InterviewedAt), () => rhi.RecordInterview(record, child.Uasc));
            await RhiDuties.CloseAsync(db, rhi.Id, closed, now, cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
