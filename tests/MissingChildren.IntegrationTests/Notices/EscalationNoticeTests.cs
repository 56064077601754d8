using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notices;
using MissingChildren.Web.Features.Notices;

namespace MissingChildren.IntegrationTests.Notices;

/// <summary>
/// An overdue duty escalates to the team manager, then the Head of Service: each gets an in-app notice and an e-mail
/// (written to a pickup folder: nothing leaves the machine), and no child's details are in the subject.
/// </summary>
public abstract class EscalationNoticeTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected EscalationNoticeTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task OverdueDuty_NoticesTheTeamManagerThenTheHeadOfService_InTheAppAndByEmail()
    {
        // A looked-after child of a team of the test's own, whose manager is made here: R2 gives the team the duty.
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var child = await _data.ChildAsync(involvement: "CLA", team: team);
        var now = _app.Clock.GetUtcNow();
        var episodeId = await _data.MissingAsync(child, hoursAgo: 1);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.EpisodeId == episodeId && t.Status == DutyStatus.Open).OrderBy(t => t.DueAt).FirstAsync());

        _app.Clock.Advance(duty.DueAt - now + TimeSpan.FromMinutes(5));
        await _app.SweepAsync();
        var toManager = await NoticesForAsync(manager.Email, duty.Id);
        _app.Clock.Advance(TimeSpan.FromHours(25));
        await _app.SweepAsync();
        var toHead = await NoticesForAsync(DemoUsers.EmailFor(Roles.HeadOfService), duty.Id);
        var sent = await _app.SendAsync(new SendNoticeEmails.Command());

        var managerNotice = Assert.Single(toManager);
        Assert.StartsWith("Overdue duty escalated to you: ", managerNotice.Title, StringComparison.Ordinal);
        // The notice links to where the duty is done, not only to its episode.
        var where = MissingChildren.Web.Infrastructure.Web.Links.DutyNotice(duty);
        Assert.StartsWith($"/children/{child.Id}/", where, StringComparison.Ordinal);
        Assert.Equal(where, managerNotice.Link);
        Assert.True(sent.Sent >= 2);
        var mails = Directory.GetFiles(_app.MailFolder, "*.eml").Select(File.ReadAllText).ToList();
        var ours = mails.Where(m => m.Contains(where, StringComparison.Ordinal)).ToList();
        Assert.Contains(ours, m => m.Contains($"To: {manager.Email}", StringComparison.Ordinal));
        // The Head of Service oversees the duty rather than doing it: their notice opens its episode.
        var overseen = MissingChildren.Web.Infrastructure.Web.Links.Episode(episodeId);
        Assert.Equal(overseen, Assert.Single(toHead).Link);
        Assert.Contains(mails, m => m.Contains("To: head-of-service@example.org", StringComparison.Ordinal) && m.Contains(overseen, StringComparison.Ordinal));
        Assert.All(ours, m =>
        {
            Assert.Contains($"Subject: {SendNoticeEmails.Subject}", m, StringComparison.Ordinal);
            Assert.DoesNotContain(child.FirstName, m, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(child.LastName, m, StringComparison.OrdinalIgnoreCase);
            Assert.Contains($"https://missing-children.test{where}", m, StringComparison.Ordinal);
        });
        Assert.Equal(0, await _app.WithDbAsync(db => db.Notices.CountAsync(n => n.DutyTaskId == duty.Id && n.EmailStatus == EmailStatus.Pending)));
    }

    [Fact]
    public async Task NoticesPage_ListsMyNotices_AndOpeningOneMarksItReadAndGoesToTheRecord()
    {
        var manager = await _app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.TeamManager)));
        var notice = new Notice
        {
            UserId = manager.Id, CreatedAt = _app.Clock.GetUtcNow(), Title = "Overdue duty escalated to you: Strategy meeting (R12)",
            Link = "/accessibility", EmailStatus = EmailStatus.NotSent,
        };
        await _app.WithDbAsync(async db => { db.Notices.Add(notice); return await db.SaveChangesAsync(); });
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.TeamManager);

        var page = await client.GetAsync("/notices");
        var opened = await client.SubmitAsync(page, new Dictionary<string, string?>(), $"form[action='/notices?id={notice.Id}&handler=Open']");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Overdue duty escalated to you: Strategy meeting (R12)", page.Text, StringComparison.Ordinal);
        Assert.Equal("/accessibility", opened.Location);
        Assert.NotNull(await _app.WithDbAsync(db => db.Notices.Where(n => n.Id == notice.Id).Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task SomeoneElsesNotice_CannotBeOpened()
    {
        var head = await _app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.HeadOfService)));
        var notice = new Notice { UserId = head.Id, CreatedAt = _app.Clock.GetUtcNow(), Title = "Private", Link = "/", EmailStatus = EmailStatus.NotSent };
        await _app.WithDbAsync(async db => { db.Notices.Add(notice); return await db.SaveChangesAsync(); });
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.SocialWorker);
        var page = await client.GetAsync("/notices");

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        var response = await client.Http.PostAsync(new Uri($"/notices?id={notice.Id}&handler=Open", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Private", page.Text, StringComparison.Ordinal);
        Assert.Null(await _app.WithDbAsync(db => db.Notices.Where(n => n.Id == notice.Id).Select(n => n.ReadAt).SingleAsync()));
    }

    private Task<List<Notice>> NoticesForAsync(string email, Guid dutyId) =>
        _app.WithDbAsync(db => db.Notices.Where(n => n.DutyTaskId == dutyId && db.Users.Any(u => u.Id == n.UserId && u.Email == email)).ToListAsync());
}

public sealed class EscalationNoticeTestsOnSqlite(SqliteAppFactory app) : EscalationNoticeTests(app), IClassFixture<SqliteAppFactory>;

public sealed class EscalationNoticeTestsOnPostgreSql(PostgreSqlAppFactory app) : EscalationNoticeTests(app), IClassFixture<PostgreSqlAppFactory>;
