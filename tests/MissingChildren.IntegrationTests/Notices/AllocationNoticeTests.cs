using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.ReturnInterviews;
using MissingChildren.Web.Features.Notices;

namespace MissingChildren.IntegrationTests.Notices;

/// <summary>
/// A worker is told when a return home interview is allocated to them (R19): the navigation counts the unread notice,
/// the notices page names the child and the duty in plain words and opens the interview, and the e-mail says nothing
/// about the child, in its subject or anywhere else.
/// </summary>
public abstract class AllocationNoticeTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;
    private readonly RhiTestData _rhis;

    protected AllocationNoticeTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
        _rhis = new RhiTestData(app);
    }

    [Fact]
    public async Task RhiAllocated_TheWorkerIsToldWhoAndWhat_AndOpensTheInterview()
    {
        var worker = await _data.WorkerAsync(Roles.RhiWorker);
        var rhiId = await _rhis.RequestedRhiAsync();
        var child = await _app.WithDbAsync(db => db.ReturnHomeInterviews.Where(r => r.Id == rhiId)
            .Join(db.Children, r => r.ChildId, c => c.Id, (_, c) => new { c.FirstName, c.LastName }).SingleAsync());
        var manager = await _app.SignedInAsync(Roles.TeamManager);

        var allocated = await manager.SubmitAsync(await manager.GetAsync($"/rhi/{rhiId}/allocate"), new Dictionary<string, string?> { ["Allocate.WorkerId"] = worker.Id });

        Assert.Equal(HttpStatusCode.Redirect, allocated.StatusCode);
        var client = await _app.SignedInAsync(worker);
        var home = await client.GetAsync("/");
        Assert.Equal("(1 unread)", home.Document.QuerySelector("[data-testid=unread-notices]")?.TextContent);
        var notices = await client.GetAsync("/notices");
        Assert.DoesNotContain("Error:", notices.Title, StringComparison.Ordinal);
        Assert.Contains("A return home interview has been allocated to you", notices.Text, StringComparison.Ordinal);
        Assert.Equal($"Child: {child.FirstName} {child.LastName}", notices.Document.QuerySelector("[data-testid=notice-child]")?.TextContent.Trim());
        Assert.StartsWith("Duty: Offer the return home interview, due ", notices.Document.QuerySelector("[data-testid=notice-duty]")?.TextContent.Trim(), StringComparison.Ordinal);
        var opened = await client.SubmitAsync(notices, new Dictionary<string, string?>(), "main table form");
        Assert.Equal($"/rhi/{rhiId}", opened.Location);
        Assert.Null((await client.GetAsync("/")).Document.QuerySelector("[data-testid=unread-notices]"));

        Assert.Equal(1, await _app.WithDbAsync(db => db.Notices.CountAsync(n => n.Link == $"/rhi/{rhiId}")));
        await _app.SendAsync(new SendNoticeEmails.Command());
        var mail = Assert.Single(Directory.GetFiles(_app.MailFolder, "*.eml").Select(File.ReadAllText), m => m.Contains($"To: {worker.Email}", StringComparison.Ordinal));
        Assert.Contains($"Subject: {SendNoticeEmails.Subject}", mail, StringComparison.Ordinal);
        Assert.Contains($"/rhi/{rhiId}", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(child.FirstName, mail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(child.LastName, mail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EscalationNotice_NamesTheChildOnTheNoticesPage_AndTheNavigationCountsIt()
    {
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var child = await _data.ChildAsync(involvement: "CLA", team: team);
        await _data.MissingAsync(child, hoursAgo: 1);
        var client = await _app.SignedInAsync(manager);

        var notices = await client.GetAsync("/notices");

        // R2: the child's team manager is told the child is missing; the notice stores only the episode's id.
        Assert.Contains("Reported missing: a child you work with", notices.Text, StringComparison.Ordinal);
        Assert.Equal($"Child: {child.FirstName} {child.LastName}", notices.Document.QuerySelector("[data-testid=notice-child]")?.TextContent.Trim());
        Assert.Equal("(1 unread)", notices.Document.QuerySelector("[data-testid=unread-notices]")?.TextContent);
        Assert.DoesNotContain(child.FirstName, await _app.WithDbAsync(db => db.Notices.Where(n => n.UserId == manager.Id).Select(n => n.Title + n.Link).SingleAsync()),
            StringComparison.Ordinal);
    }
}

public sealed class AllocationNoticeTestsOnSqlite(SqliteAppFactory app) : AllocationNoticeTests(app), IClassFixture<SqliteAppFactory>;

public sealed class AllocationNoticeTestsOnPostgreSql(PostgreSqlAppFactory app) : AllocationNoticeTests(app), IClassFixture<PostgreSqlAppFactory>;
