using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notices;
using MissingChildren.Web.Features.Notices;

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

    /// <summary>
    /// One open duty of every kind the demo council holds, escalated to a Head of Service or to the Director: the notice
    /// each is sent opens for them (the authorisation pages, the RHI allocation and other pages where the duty is done
    /// are for those who do it, and refuse an overseer).
    /// </summary>
    [Theory]
    [InlineData(EscalationLevel.HeadOfService, Roles.HeadOfService)]
    [InlineData(EscalationLevel.Director, Roles.Director)]
    public async Task AnOverseersNoticeOfEveryKindOfDuty_OpensForThem(EscalationLevel level, string role)
    {
        var reader = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.EmailFor(role)).Select(u => u.Id).SingleAsync());
        List<(TaskType Type, string Link)> links;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var duties = (await db.DutyTasks.AsNoTracking().Where(t => t.Status == DutyStatus.Open).ToListAsync())
                .GroupBy(t => t.Type).Select(g => g.First()).ToList();
            Assert.True(duties.Count >= 5, "The demo council holds open duties of several kinds.");

            // And two kinds done on pages only those who do them open: a manager's decision (R30) and a home authority's
            // form asked for by Front Door (R8), each on one of the child's episodes.
            var episodic = await db.DutyTasks.AsNoTracking().FirstAsync(t => t.Status == DutyStatus.Open && t.EpisodeId != null);
            foreach (var (type, rule) in new[] { (TaskType.ManagerAuthorisation, "R30"), (TaskType.RhiFormRequest, "R8") })
            {
                var duty = await db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == episodic.Id);
                (duty.Id, duty.Type, duty.RuleId, duty.ReturnHomeInterviewId) = (Guid.NewGuid(), type, rule, null);
                duties.RemoveAll(d => d.Type == type);
                duties.Add(duty);
            }

            duties.ForEach(d => d.EscalationLevel = level);

            // Raised, not saved: only the links are read.
            await scope.ServiceProvider.GetRequiredService<EscalationNotices>().RaiseAsync(duties, _app.Clock.GetUtcNow(), CancellationToken.None);
            links = [.. db.ChangeTracker.Entries<Notice>().Select(e => e.Entity).Where(n => n.UserId == reader)
                .Join(duties, n => n.DutyTaskId, d => (Guid?)d.Id, (n, d) => (d.Type, n.Link))];
        }

        Assert.Equal(links.Count, links.Select(l => l.Type).Distinct().Count());
        var client = await _app.SignedInAsync(role);
        var refused = new List<string>();
        foreach (var (type, link) in links)
        {
            var page = await client.GetAsync(link);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                refused.Add($"{type} {link}: {(int)page.StatusCode}");
            }
        }

        Assert.Empty(refused);
    }
}

public sealed class NoticeLinkTestsOnSqlite(SqliteAppFactory app) : NoticeLinkTests(app), IClassFixture<SqliteAppFactory>;

public sealed class NoticeLinkTestsOnPostgreSql(PostgreSqlAppFactory app) : NoticeLinkTests(app), IClassFixture<PostgreSqlAppFactory>;
