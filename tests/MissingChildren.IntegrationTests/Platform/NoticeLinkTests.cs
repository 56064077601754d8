using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>
/// Every notice a person is sent links to a page they may open: a team manager to where the duty is done, a Head of
/// Service and the Director (who oversee escalations, R16, R35, R36) to the duty's episode.
/// </summary>
public abstract class NoticeLinkTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected NoticeLinkTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task EveryEscalationNotice_OpensForItsRecipient()
    {
        // Two children of a team of the test's own: one still missing, one returned; every duty left to go overdue.
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var missing = await _data.ChildAsync(involvement: "CLA", team: team);
        var returned = await _data.ChildAsync(involvement: "CLA", team: team);
        await _data.MissingAsync(missing, hoursAgo: 1);
        await _data.ReturnedAsync(returned, missingHoursAgo: 6, foundHoursAgo: 1);
        for (var day = 0; day < 10; day++)
        {
            _app.Clock.Advance(TimeSpan.FromDays(1));
            await _app.SweepAsync();
        }

        var ours = new[] { missing.Id, returned.Id };
        var notices = await _app.WithDbAsync(db => db.Notices
            .Join(db.DutyTasks, n => n.DutyTaskId, t => t.Id, (n, t) => new { n.UserId, n.Link, t.ChildId, t.Type, t.EscalationLevel })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.Link, x.ChildId, x.Type, u.Email })
            .Where(x => ours.Contains(x.ChildId))
            .ToListAsync());
        Assert.Contains(notices, n => n.Email == manager.Email);
        Assert.Contains(notices, n => n.Email == DemoUsers.EmailFor(Roles.HeadOfService));

        var clients = new Dictionary<string, HtmlClient>(StringComparer.Ordinal)
        {
            [manager.Email] = await _app.SignedInAsync(manager),
            [DemoUsers.EmailFor(Roles.HeadOfService)] = await _app.SignedInAsync(Roles.HeadOfService),
            [DemoUsers.EmailFor(Roles.Director)] = await _app.SignedInAsync(Roles.Director),
        };
        var refused = new List<string>();
        foreach (var notice in notices.DistinctBy(n => (n.Email, n.Link)))
        {
            var page = await clients[notice.Email!].GetAsync(notice.Link!);
            if (page.StatusCode == HttpStatusCode.Redirect && page.Location is { } next && next.StartsWith('/') && !next.StartsWith("/account", StringComparison.Ordinal))
            {
                page = await clients[notice.Email!].GetAsync(next);
            }

            if (page.StatusCode != HttpStatusCode.OK)
            {
                refused.Add($"{notice.Email} {notice.Type} {notice.Link}: {(int)page.StatusCode}");
            }
        }

        Assert.Empty(refused);
    }
}

public sealed class NoticeLinkTestsOnSqlite(SqliteAppFactory app) : NoticeLinkTests(app), IClassFixture<SqliteAppFactory>;

public sealed class NoticeLinkTestsOnPostgreSql(PostgreSqlAppFactory app) : NoticeLinkTests(app), IClassFixture<PostgreSqlAppFactory>;
