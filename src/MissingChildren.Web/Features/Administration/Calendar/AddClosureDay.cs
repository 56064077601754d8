using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Administration.Policy;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Calendar;

/// <summary>An administrator adds a local closure day (a council's own holiday): no deadline counts it as a working day.</summary>
public static class AddClosureDay
{
    /// <summary>What the date is called in a message (<see cref="InputMessages"/>).</summary>
    public const string DateLabel = "The date of the closure day";

    public sealed record Command(DateOnly? Date, string? Reason, IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, WorkingCalendar calendar, IBankHolidaySource bankHolidays, LivePolicy live, TimeProvider clock)
        {
            RuleFor(c => c.Date).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter the date of the closure day")
                .Must(d => d >= calendar.LocalDate(clock.GetUtcNow())).WithMessage("The date of the closure day must be today or in the future")
                .Must(d => d!.Value.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    .WithMessage(c => $"{DeadlineText.LocalDate(c.Date!.Value)} is a {c.Date!.Value.DayOfWeek}: weekends are never working days")
                .Must(d => !calendar.IsBankHoliday(d!.Value))
                    .WithMessage(c => $"{DeadlineText.LocalDate(c.Date!.Value)} is already a bank holiday ({bankHolidays.NameOf(c.Date!.Value) ?? "England and Wales"})")
                .MustAsync(async (d, ct) => !live.ConfiguredClosureDays.Contains(d!.Value) && !await db.ClosureDays.AnyAsync(x => x.Date == d, ct))
                    .WithMessage(c => $"{DeadlineText.LocalDate(c.Date!.Value)} is already a closure day");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Enter the reason for the closure day")
                .MaximumLength(200).WithMessage("The reason must be 200 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, PolicyChanges changes, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var date = command.Date!.Value;
            db.ClosureDays.Add(new ClosureDay { Date = date, Reason = command.Reason!.Trim(), AddedBy = actor.Name, AddedAt = clock.GetUtcNow() });
            await changes.SaveAsync($"Closure day {date:yyyy-MM-dd} added", cancellationToken);
            return Unit.Value;
        }
    }
}
