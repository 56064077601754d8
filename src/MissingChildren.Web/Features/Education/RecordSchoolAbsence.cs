using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Education;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Teams;
using MissingChildren.Domain.Time;
using MissingChildren.Data;
using MissingChildren.Web.Features.Administration.Teams;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// R39 (Rutland 004): a child's absence from school, entered by hand on <c>/education</c> or sent by a school's or the
/// council's attendance system (<c>POST /api/v1/attendance/absences</c>). Kept once per school, child and date: the same
/// absence sent again changes nothing and answers with the first. Where the profile applies R39, the first absence of a run
/// raises the education team's <c>SchoolAbsenceMeeting</c> duty (a meeting with the parents or carers and a local authority
/// representative).
/// </summary>
public static class RecordSchoolAbsence
{
    public const string DateLabel = "The date of the absence";

    public const string NoSuchChild = "No child has this local ID";

    /// <summary>What an absence entered on the page is recorded as coming from.</summary>
    public const string ByHandSource = "Recorded by hand";

    /// <param name="ByHand">Entered by a person (who must be able to change education records), not sent by an attendance system.</param>
    public sealed record Command(string? ChildLocalId, string? School, DateOnly? Date, string? Reason, bool Vulnerable, bool ByHand,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<Result>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed record Result(Guid AbsenceId, Guid ChildId, string ChildLocalId, string School, DateOnly Date, bool Created, int ConsecutiveAbsences);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.ChildLocalId).NotEmpty().WithMessage("Enter the child's local ID").MaximumLength(50);
            RuleFor(c => c.School).NotEmpty().WithMessage("Enter the school").MaximumLength(200);
            RuleFor(c => c.Date).NotNull().WithMessage("Enter the date of the absence");
            RuleFor(c => c.Date).Must(d => d <= CmeSteps.Today(clock)).When(c => c.Date is not null).WithMessage(InputMessages.NotInPast(DateLabel));
            RuleFor(c => c.Date).Must(d => d >= CmeSteps.Today(clock).AddYears(-1)).When(c => c.Date is not null)
                .WithMessage("The date of the absence must be within the last year");
            RuleFor(c => c.Reason).MaximumLength(500);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, PolicyProfile profile, WorkingCalendar calendar, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.ByHand && access.RoleAccess(RecordPart.Education) < PartAccess.Change)
            {
                throw new ChildAccessDeniedException();
            }

            var localId = command.ChildLocalId!.Trim();
            var school = command.School!.Trim();
            var date = command.Date!.Value;
            if (!calendar.IsWorkingDay(date))
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.Date), $"{DateLabel} must be a school day: {calendar.WhyNotWorking(date)}")]);
            }

            var child = await db.Children.SingleOrDefaultAsync(c => c.LocalId == localId, cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.ChildLocalId), NoSuchChild)]);
            if (await FindAsync(child.Id, school, date, cancellationToken) is { } existing)
            {
                return await ResultAsync(existing, child, created: false, cancellationToken);
            }

            var now = clock.GetUtcNow();
            var absence = new SchoolAbsence
            {
                ChildId = child.Id, School = school, Date = date, Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
                Vulnerable = command.Vulnerable, Source = command.ByHand ? ByHandSource : actor.Name, RecordedAt = now,
            };
            db.SchoolAbsences.Add(absence);
            await RaiseMeetingAsync(child, absence, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // The same absence arrived at the same moment (a retry, two nodes): the first one stands.
                db.ChangeTracker.Clear();
                return await ResultAsync((await FindAsync(child.Id, school, date, cancellationToken))!, child, created: false, cancellationToken);
            }

            return await ResultAsync(absence, child, created: true, cancellationToken);
        }

        private Task<SchoolAbsence?> FindAsync(Guid childId, string school, DateOnly date, CancellationToken cancellationToken) =>
            db.SchoolAbsences.AsNoTracking().SingleOrDefaultAsync(a => a.ChildId == childId && a.School == school && a.Date == date, cancellationToken);

        /// <summary>R39 (004): the meeting with the parents or carers, once per run of absences, where the profile applies the rule.</summary>
        private async Task RaiseMeetingAsync(Child child, SchoolAbsence absence, DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (profile.Safeguarding.SchoolAbsence is not { } settings)
            {
                return;
            }

            var dates = await RecentDatesAsync(child.Id, cancellationToken);
            dates.Add(absence.Date);
            var (_, runStart) = ConsecutiveAbsences.Run(dates, calendar);
            var teams = TeamRouting.TeamsFor(child, await RoutingTeams.LoadAsync(db, cancellationToken));
            var duty = EducationDuties.AbsenceMeeting(child, runStart ?? absence.Date, settings, teams, calendar, profile.Name, now);
            if (!await db.DutyTasks.AnyAsync(t => t.DedupeKey == duty.DedupeKey, cancellationToken))
            {
                db.DutyTasks.Add(duty);
            }
        }

        private async Task<List<DateOnly>> RecentDatesAsync(Guid childId, CancellationToken cancellationToken)
        {
            var since = CmeSteps.Today(clock).AddDays(-GetEducation.AbsenceDays);
            return await db.SchoolAbsences.AsNoTracking().Where(a => a.ChildId == childId && a.Date >= since).Select(a => a.Date).ToListAsync(cancellationToken);
        }

        private async Task<Result> ResultAsync(SchoolAbsence absence, Child child, bool created, CancellationToken cancellationToken)
        {
            var (count, _) = ConsecutiveAbsences.Run(await RecentDatesAsync(child.Id, cancellationToken), calendar);
            return new Result(absence.Id, child.Id, child.LocalId, absence.School, absence.Date, created, count);
        }
    }
}
