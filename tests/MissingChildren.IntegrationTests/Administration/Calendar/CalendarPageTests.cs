using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Domain;
using MissingChildren.Domain.Time;

namespace MissingChildren.IntegrationTests.Administration.Calendar;

/// <summary>
/// <c>/admin/calendar</c> on Friday 20 November 2026 at 14:00, with 29 December 2026 closed by configuration: bank holidays
/// by year, closure days added and removed, and the next ten working days as the duty engine counts them.
/// </summary>
public abstract class CalendarPageTests(AppFactory app)
{
    private const string Reason = "Council offices closed";

    protected AppFactory App { get; } = app;

    private static Dictionary<string, string?> Day(string? day, string? month, string? year, string? reason = Reason) => new()
    {
        ["Date.Day"] = day, ["Date.Month"] = month, ["Date.Year"] = year, ["Reason"] = reason,
    };

    private WorkingCalendar CalendarNow()
    {
        using var scope = App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WorkingCalendar>();
    }

    [Fact]
    public async Task Get_ShowsCoreHoursTheNextTenWorkingDaysBankHolidaysAndConfiguredClosureDays()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var client = await App.SignedInAsync(Roles.Administrator);

        var page = await client.GetAsync("/admin/calendar");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("09:00 to 17:00 on working days", page.Document.QuerySelector("[data-testid=core-hours]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/policy/setting?path=coreHours", page.Document.QuerySelector("[data-testid=core-hours] a")!.GetAttribute("href"));
        var days = page.Document.QuerySelectorAll("[data-testid=next-working-days] tbody tr");
        Assert.Equal(10, days.Count(r => !r.TextContent.Contains("Not a working day", StringComparison.Ordinal)));
        Assert.Equal("2026-11-20", days[0].GetAttribute("data-date"));
        Assert.Contains("09:00", days[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("17:00", days[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Not a working day: weekend", days.Single(r => r.GetAttribute("data-date") == "2026-11-21").TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-03", days[^1].GetAttribute("data-date"));

        var configured = page.Document.QuerySelector("[data-testid=closure-days] tr[data-date='2026-12-29']")!;
        Assert.Contains("From configuration", configured.TextContent, StringComparison.Ordinal);
        Assert.Null(configured.QuerySelector("a"));

        var holidays = page.Document.QuerySelector("[data-testid=bank-holidays]")!.TextContent;
        Assert.Contains("Bank holidays in 2026", holidays, StringComparison.Ordinal);
        Assert.Contains("Friday 25 December 2026", holidays, StringComparison.Ordinal);
        Assert.Contains("Christmas", holidays, StringComparison.Ordinal);
        Assert.Contains("Monday 28 December 2026", holidays, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027", "Monday 29 March 2027", "Bank holidays in 2027")]
    [InlineData("2031", "Friday 25 December 2026", "Bank holidays in 2026")]
    public async Task Get_AnotherYear_ShowsThatYearsBankHolidays_ThisYearAndNextOnly(string year, string holiday, string caption)
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var client = await App.SignedInAsync(Roles.Administrator);

        var page = await client.GetAsync($"/admin/calendar?year={year}");

        var table = page.Document.QuerySelector("[data-testid=bank-holidays]")!.TextContent;
        Assert.Contains(caption, table, StringComparison.Ordinal);
        Assert.Contains(holiday, table, StringComparison.Ordinal);
    }

    public static readonly TheoryData<Dictionary<string, string?>, string> Refused = new()
    {
        { Day(null, null, null), "Enter the date of the closure day" },
        { Day("31", "2", "2027"), "The date of the closure day must be a real date" },
        { Day("19", "11", "2026"), "The date of the closure day must be today or in the future" },
        { Day("21", "11", "2026"), "21 November 2026 is a Saturday: weekends are never working days" },
        { Day("25", "12", "2026"), "25 December 2026 is already a bank holiday (Christmas)" },
        { Day("29", "12", "2026"), "29 December 2026 is already a closure day" },
        { Day("2", "12", "2026", reason: ""), "Enter the reason for the closure day" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Post_ABadClosureDay_ShowsTheMessageKeepsTheInputAndAddsNothing(Dictionary<string, string?> values, string message)
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var client = await App.SignedInAsync(Roles.Administrator);
        var page = await client.GetAsync("/admin/calendar");

        var result = await client.SubmitAsync(page, values, "[data-testid=add-closure-day]");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(values["Date.Day"] ?? "", result.Document.QuerySelector("[name='Date.Day']")!.GetAttribute("value") ?? "");
        Assert.Equal(0, await App.WithDbAsync(db => db.ClosureDays.CountAsync()));
    }

    [Fact]
    public async Task Post_AClosureDay_IsNoLongerAWorkingDayAtOnce_AndRemovingItMakesItOneAgain()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var client = await App.SignedInAsync(Roles.Administrator);
        var tuesday = new DateOnly(2026, 12, 1);
        Assert.True(CalendarNow().IsWorkingDay(tuesday));

        var added = await client.SubmitAsync(await client.GetAsync("/admin/calendar"), Day("1", "12", "2026", "Staff training day"), "[data-testid=add-closure-day]");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.False(CalendarNow().IsWorkingDay(tuesday));
        var page = await client.GetAsync("/admin/calendar");
        var row = page.Document.QuerySelector("[data-testid=closure-days] tr[data-date='2026-12-01']")!;
        Assert.Contains("Staff training day", row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"By {DemoUsers.EmailFor(Roles.Administrator)}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not a working day: local closure day", page.Document.QuerySelector("[data-testid=next-working-days] tr[data-date='2026-12-01']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-04", page.Document.QuerySelectorAll("[data-testid=next-working-days] tbody tr")[^1].GetAttribute("data-date"));
        var again = await client.SubmitAsync(page, Day("1", "12", "2026"), "[data-testid=add-closure-day]");
        Assert.Equal(["1 December 2026 is already a closure day"], again.ErrorSummary);

        var confirm = await client.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("Remove the closure day 1 December 2026?", confirm.Heading);
        var removed = await client.SubmitAsync(confirm, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.True(CalendarNow().IsWorkingDay(tuesday));
        Assert.Equal(0, await App.WithDbAsync(db => db.ClosureDays.CountAsync()));
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "ClosureDay").Select(a => a.Action).ToListAsync());
        Assert.Equal(["Added", "Deleted"], audit.Order());
    }
}

/// <summary>A host with a closure day in configuration (<c>Policy__ClosureDays</c>).</summary>
public class ClosureDayAppFactory : AppFactory
{
    protected ClosureDayAppFactory(string provider)
        : base(provider) => With("Policy:ClosureDays:0", "2026-12-29");
}

public sealed class ClosureDaySqliteAppFactory() : ClosureDayAppFactory("Sqlite");

public sealed class ClosureDayPostgreSqlAppFactory() : ClosureDayAppFactory("PostgreSql");

public sealed class CalendarPageTestsOnSqlite(ClosureDaySqliteAppFactory app) : CalendarPageTests(app), IClassFixture<ClosureDaySqliteAppFactory>;

public sealed class CalendarPageTestsOnPostgreSql(ClosureDayPostgreSqlAppFactory app) : CalendarPageTests(app), IClassFixture<ClosureDayPostgreSqlAppFactory>;
