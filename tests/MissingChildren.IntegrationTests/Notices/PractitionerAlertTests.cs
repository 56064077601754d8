using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.IntegrationTests.Notices;

/// <summary>
/// R2: when our looked-after child is reported missing, their social worker and team manager are alerted; R3: for
/// other children, the practitioner already working with them. A notice and an e-mail each, naming no child.
/// </summary>
public abstract class PractitionerAlertTests
{
    private readonly AppFactory _app;

    protected PractitionerAlertTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private async Task<Guid> ReportAsync(string localId, string kind = "Missing")
    {
        var (response, body) = await _app.CreateApiClient().PostJsonAsync("/api/v1/notifications", new
        {
            source = "Police", sourceReference = $"ALERT-{Guid.NewGuid():N}", kind, child = new { localId },
            missingFrom = _app.Clock.GetUtcNow().AddHours(-2).ToString("O", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((string)body!["episodeId"]!);
    }

    private Task<List<(string Email, string Title)>> AlertsAsync(Guid episodeId) => _app.WithDbAsync(async db =>
        (await db.Notices.Where(n => n.Link == $"/episodes/{episodeId}" && n.DutyTaskId == null)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.Email, n.Title }).ToListAsync())
        .Select(x => (x.Email!, x.Title)).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList());

    [Fact]
    public async Task R2_OurLookedAfterChildMissing_AlertsTheirSocialWorkerAndTeamManager()
    {
        var episodeId = await ReportAsync("P101");

        var alerts = await AlertsAsync(episodeId);

        Assert.Equal(
            [(DemoUsers.EmailFor(Roles.SocialWorker), "Reported missing: a child you work with (R2)"), (DemoUsers.EmailFor(Roles.TeamManager), "Reported missing: a child you work with (R2)")],
            alerts);
        var child = await _app.WithDbAsync(db => db.Children.SingleAsync(c => c.LocalId == "P101"));
        Assert.All(alerts, a => Assert.DoesNotContain(child.FirstName, a.Title, StringComparison.Ordinal));

        var worker = _app.CreateHtmlClient();
        await worker.SignInAsync(Roles.SocialWorker);
        var notices = await worker.GetAsync("/notices");
        var noticeId = await _app.WithDbAsync(db => db.Notices.Where(n => n.Link == $"/episodes/{episodeId}" && n.UserId == db.Users.Where(u => u.Email == DemoUsers.EmailFor(Roles.SocialWorker)).Select(u => u.Id).Single()).Select(n => n.Id).SingleAsync());
        var opened = await worker.SubmitAsync(notices, new Dictionary<string, string?>(), $"form[action*='{noticeId}']");
        Assert.Equal($"/episodes/{episodeId}", opened.Location);
    }

    [Fact]
    public async Task R3_AnotherChildAbsent_AlertsThePractitionerWorkingWithThem()
    {
        var episodeId = await ReportAsync("P134", "Absent");

        var alerts = await AlertsAsync(episodeId);

        Assert.Equal([(DemoUsers.EmailFor(Roles.Education), "Reported absent: a child you work with (R3)")], alerts);
    }

    [Fact]
    public async Task AChildNotOpenToServices_AlertsNobody_AndASecondReportDoesNotAlertAgain()
    {
        var notOpen = await ReportAsync("P137");
        var opened = await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == notOpen).Select(e => new { e.Status, e.NotifiedAt }).SingleAsync());
        Assert.Equal((EpisodeStatus.Open, _app.Clock.GetUtcNow()), (opened.Status, opened.NotifiedAt)); // a new episode, not one the demo had open
        Assert.Empty(await AlertsAsync(notOpen));

        var first = await ReportAsync("P102");
        var again = await ReportAsync("P102");

        Assert.Equal(first, again);
        Assert.Equal(2, (await AlertsAsync(first)).Count);
    }
}

public sealed class PractitionerAlertTestsOnSqlite(SqliteAppFactory app) : PractitionerAlertTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PractitionerAlertTestsOnPostgreSql(PostgreSqlAppFactory app) : PractitionerAlertTests(app), IClassFixture<PostgreSqlAppFactory>;
