using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using static MissingChildren.Testing.TestData;

namespace MissingChildren.IntegrationTests.FrontDoor;

/// <summary>R6 out of hours: this class moves its clock to Friday evening, so it has its own database and clock.</summary>
public abstract class OutOfHoursTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected OutOfHoursTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task EmergencyDuty_OutOfHours_SeesTheHoursToTheNextWorkingDayAndTheR6Duties()
    {
        // Friday 18:00: 63 hours to Monday 09:00 (R6, North Somerset: 48 hours or more, the EDT does the interview).
        var child = await _data.ChildAsync();
        var missing = await _data.NotifyAsync(_data.Report(Unique("POL-"), new { localId = child.LocalId }, hoursAgo: 1));
        var friday18 = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);
        if (_app.Clock.GetUtcNow() < friday18)
        {
            _app.Clock.SetUtcNow(friday18);
        }

        var found = await _data.NotifyAsync(new
        {
            source = "Police",
            sourceReference = Unique("POL-"),
            kind = "Found",
            child = new { localId = child.LocalId },
            foundAt = Iso(_app.Clock.GetUtcNow().AddMinutes(-10)),
        });
        var edtDuties = await _app.WithDbAsync(db => db.DutyTasks
            .Where(t => t.Status == DutyStatus.Open && (t.RuleId == "R6" || t.AssigneeRole == PolicyRole.EmergencyDuty)).CountAsync());

        var page = await (await _app.SignedInAsync(Roles.EmergencyDuty)).GetAsync("/front-door");

        Assert.Equal((string?)missing["episodeId"], (string?)found["episodeId"]);
        var panel = page.Document.QuerySelector("[data-testid=out-of-hours]")!;
        Assert.Contains("Out of hours: 63 hours to the next working day (Mon 23 Nov 2026 09:00)", panel.TextContent, StringComparison.Ordinal);
        Assert.True(edtDuties > 0);
        Assert.Contains("Out of hours: offer and conduct the return home interview", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{child.FirstName} {child.LastName}", panel.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{child.FirstName} {child.LastName}", panel.QuerySelector($"a[href='/children/{child.Id}']")?.TextContent);
    }
}

public sealed class OutOfHoursTestsOnSqlite(SqliteAppFactory app) : OutOfHoursTests(app), IClassFixture<SqliteAppFactory>;

public sealed class OutOfHoursTestsOnPostgreSql(PostgreSqlAppFactory app) : OutOfHoursTests(app), IClassFixture<PostgreSqlAppFactory>;
