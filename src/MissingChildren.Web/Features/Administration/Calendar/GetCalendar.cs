using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Infrastructure.Configuration;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Calendar;

/// <summary>
/// The working-day calendar page: a year's England and Wales bank holidays (from the maintained package), local
/// closure days (stored here or configured), core hours, and the next ten working days as the duty engine counts them.
/// </summary>
public static class GetCalendar
{
    /// <summary>How many working days ahead the page shows.</summary>
    public const int WorkingDaysShown = 10;

    /// <param name="Year">The bank holidays' year: this year or next; null is this year.</param>
    public sealed record Query(int? Year) : IQuery<Result>;

    public sealed record Result(
        int Year,
        IReadOnlyList<int> Years,
        IReadOnlyList<BankHoliday> BankHolidays,
        IReadOnlyList<ClosureDay> ClosureDays,
        CoreHours CoreHours,
        IReadOnlyList<Day> NextDays);

    public sealed record BankHoliday(DateOnly Date, string Name);

    /// <param name="Id">Null for a day from configuration (<c>Policy__ClosureDays</c>), which only configuration removes.</param>
    public sealed record ClosureDay(Guid? Id, DateOnly Date, string Reason, string? AddedBy, DateTimeOffset? AddedAt);

    /// <summary>A day from today: a working day with its core hours (UTC instants), or why it is skipped.</summary>
    public sealed record Day(DateOnly Date, DateTimeOffset? Start, DateTimeOffset? End, string? Skipped);

    public sealed class Handler(AppDbContext db, WorkingCalendar calendar, IBankHolidaySource bankHolidays, LivePolicy live, TimeProvider clock)
        : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var today = calendar.LocalDate(now);
            int[] years = [today.Year, today.Year + 1];
            var year = query.Year is { } y && years.Contains(y) ? y : today.Year;

            var holidays = bankHolidays.For(year).Order()
                .Select(d => new BankHoliday(d, bankHolidays.NameOf(d) ?? "Bank holiday"))
                .ToList();
            var stored = await db.ClosureDays.AsNoTracking().Where(d => d.Date >= today)
                .Select(d => new ClosureDay(d.Id, d.Date, d.Reason, d.AddedBy, d.AddedAt))
                .ToListAsync(cancellationToken);
            var configured = live.ConfiguredClosureDays.Where(d => d >= today)
                .Select(d => new ClosureDay(null, d, "From configuration", null, null));
            var closures = stored.Concat(configured).OrderBy(d => d.Date).ToList();

            return new Result(year, years, holidays, closures, calendar.CoreHours, NextDays(now, today));
        }

        /// <summary>From today (if core hours have not ended yet) until ten working days, saying why each other day is skipped.</summary>
        private List<Day> NextDays(DateTimeOffset now, DateOnly today)
        {
            var days = new List<Day>();
            var date = now < calendar.CoreHoursEnd(today) ? today : today.AddDays(1);
            while (days.Count(d => d.Skipped is null) < WorkingDaysShown)
            {
                days.Add(calendar.WhyNotWorking(date) is { } why
                    ? new Day(date, null, null, why)
                    : new Day(date, calendar.CoreHoursStart(date), calendar.CoreHoursEnd(date), null));
                date = date.AddDays(1);
            }

            return days;
        }
    }
}
