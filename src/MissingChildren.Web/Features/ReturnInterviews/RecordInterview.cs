using FluentValidation;
using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Data;

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
        string? InterviewedAt,
        string? Location,
        string? PeoplePresent,
        string? ChildAccount,
        string? ParentsCarersViews,
        string? RisksIdentified,
        string? ConsentToShare,
        string? InterpreterNeeded,
        string? InterpreterLanguage) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock, ReturnInterviewRules rules)
        {
            RuleFor(c => c.InterviewedAt).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the date and time of the interview")
                .Must(a => Instants.TryParseInstant(a, out _)).WithMessage("The date of the interview must be a real date and time")
                .Must(a => Instants.ParseInstant(a) is not { } at || at <= clock.GetUtcNow()).WithMessage("The date of the interview must be in the past");
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
            // A correction of an authorised version (R30) may write its interview record again before it is sent.
            if (rhi.Status != RhiStatus.Accepted && !(rhi.IsCorrection && rhi.Status == RhiStatus.Completed))
            {
                throw RhiAccess.Invalid(nameof(Command.InterviewedAt), rhi.IsInProgress
                    ? "Record consent to the interview before recording the interview"
                    : "The interview has already been concluded");
            }

            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);

            // R43: the interpreting need of an unaccompanied asylum-seeking child is passed to the RHI service.
            if (child.Uasc && command.InterpreterNeeded is null)
            {
                throw RhiAccess.Invalid(nameof(Command.InterpreterNeeded), "Select whether an interpreter is needed");
            }

            var interviewedAt = Instants.ParseInstant(command.InterviewedAt)!.Value;
            if (interviewedAt < rhi.RequestedAt)
            {
                throw RhiAccess.Invalid(nameof(Command.InterviewedAt), "The date of the interview must be after the child returned");
            }

            rhi.InterviewedAt = interviewedAt;
            rhi.InterviewLocation = command.Location!.Trim();
            rhi.PeoplePresent = command.PeoplePresent!.Trim();
            rhi.ChildAccount = command.ChildAccount!.Trim();
            rhi.ParentsCarersViews = string.IsNullOrWhiteSpace(command.ParentsCarersViews) ? null : command.ParentsCarersViews.Trim();
            rhi.RisksIdentified = command.RisksIdentified!.Trim();
            rhi.ConsentToShare = command.ConsentToShare == "yes";
            rhi.InterpreterNeeded = command.InterpreterNeeded is null ? null : command.InterpreterNeeded == "yes";
            rhi.InterpreterLanguage = command.InterpreterNeeded == "yes" ? command.InterpreterLanguage!.Trim() : null;
            rhi.NotHeldReasons = null;
            rhi.SupportOffered = null;
            rhi.Status = RhiStatus.Completed;
            await RhiDuties.CompleteAsync(db, rhi.Id, [TaskType.ReturnHomeInterview], "Interview held", now, cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
