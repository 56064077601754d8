using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>
/// Completing a duty from the child's case view (screens.md "complete a duty"): duties whose work is telling someone,
/// briefing or deciding are recorded done with when and what, kept as a case note; the others close with their record.
/// </summary>
public abstract class CompleteDutyTests
{
    private readonly AppFactory _app;

    protected CompleteDutyTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    /// <summary>An open duty on the demo looked-after child P100 (Corporate Parenting, the demo social worker's).</summary>
    private Task<(Guid ChildId, Guid TaskId)> DutyAsync(TaskType type = TaskType.IroNotification, string rule = "R10") => _app.WithDbAsync(async db =>
    {
        var child = await db.Children.SingleAsync(c => c.LocalId == "P100");
        var task = new DutyTask
        {
            ChildId = child.Id, Type = type, RuleId = rule, DedupeKey = $"test/{Guid.NewGuid():N}", Title = "Tell the Independent Reviewing Officer the child is missing",
            Status = DutyStatus.Open, RaisedAt = Now, DueAt = Now.AddHours(4), AssigneeRole = PolicyRole.SocialWorker, AssigneeTeamId = child.AllocatedTeamId,
        };
        db.Add(task);
        await db.SaveChangesAsync();
        return (child.Id, task.Id);
    });

    private async Task<(HtmlClient Client, HtmlClient.Page Page)> OpenAsync(Guid childId, Guid taskId, string role = Roles.SocialWorker)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);
        var page = await client.GetAsync($"/children/{childId}/duties/{taskId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (client, page);
    }

    private Dictionary<string, string?> Fields(DateTimeOffset at, string? what) => new()
    {
        ["DoneAt.Day"] = at.Day.ToString(CultureInfo.InvariantCulture),
        ["DoneAt.Month"] = at.Month.ToString(CultureInfo.InvariantCulture),
        ["DoneAt.Year"] = at.Year.ToString(CultureInfo.InvariantCulture),
        ["DoneAt.Time"] = at.ToString("HH:mm", CultureInfo.InvariantCulture), // November: UK time is UTC
        ["WhatWasDone"] = what,
    };

    [Fact]
    public async Task CaseView_LinksTheDutyToRecordItDone()
    {
        var (childId, taskId) = await DutyAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{childId}");

        Assert.NotNull(page.Document.QuerySelector($"[data-testid='open-duties'] a[href='/children/{childId}/duties/{taskId}']"));
    }

    [Fact]
    public async Task Post_RecordsTheDutyDone_AsACaseNote_AndTheCaseViewNoLongerListsIt()
    {
        var (childId, taskId) = await DutyAsync();
        var (client, page) = await OpenAsync(childId, taskId);
        var at = Now.AddMinutes(-20);

        var result = await client.SubmitAsync(page, Fields(at, "Phoned the IRO, who will visit on Monday."));

        Assert.Equal($"/children/{childId}", result.Location);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
        Assert.Equal(DutyStatus.Done, duty.Status);
        Assert.Equal(Now, duty.ClosedAt);
        var note = await _app.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.ChildId == childId && n.Text == "Phoned the IRO, who will visit on Monday."));
        Assert.Equal("Duty done: Tell the Independent Reviewing Officer the child is missing (R10)", note.Title);
        Assert.Equal("Phoned the IRO, who will visit on Monday.", note.Text);
        Assert.Equal(new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero), note.OccurredAt);
        var view = await client.GetAsync(result.Location!);
        Assert.Null(view.Document.QuerySelector($"a[href='/children/{childId}/duties/{taskId}']"));
        Assert.Contains("Duty recorded as done", view.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhenEmpty_ReturnsEachError_AndChangesNothing()
    {
        var (childId, taskId) = await DutyAsync();
        var (client, page) = await OpenAsync(childId, taskId);
        var fields = Fields(Now, null);
        fields["DoneAt.Day"] = fields["DoneAt.Month"] = fields["DoneAt.Year"] = fields["DoneAt.Time"] = "";

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Enter when it was done", "Enter what was done, and who was told"], result.ErrorSummary);
        Assert.Equal(DutyStatus.Open, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task Post_InTheFuture_ReturnsError()
    {
        var (childId, taskId) = await DutyAsync();
        var (client, page) = await OpenAsync(childId, taskId);

        var result = await client.SubmitAsync(page, Fields(Now.AddHours(3), "Told the IRO."));

        Assert.Equal(["When it was done must be in the past"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Twice_SaysItIsAlreadyClosed()
    {
        var (childId, taskId) = await DutyAsync();
        var (client, page) = await OpenAsync(childId, taskId);
        await client.SubmitAsync(page, Fields(Now, "Told the IRO."));

        var again = await client.SubmitAsync(page, Fields(Now, "Told the IRO again."));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["This duty has already been closed"], again.ErrorSummary);
        Assert.Single(await _app.WithDbAsync(db => db.CaseNotes.Where(n => n.ChildId == childId && n.Text.StartsWith("Told the IRO")).ToListAsync()));
    }

    [Fact]
    public async Task Post_AfterTheSweepEscalatedTheDuty_ShowsTheConflict_KeepsTheInput_AndSavesNothing()
    {
        var (childId, taskId) = await DutyAsync();
        var (client, page) = await OpenAsync(childId, taskId);
        await _app.WithDbAsync(async db =>
        {
            var duty = await db.DutyTasks.SingleAsync(t => t.Id == taskId);
            duty.EscalationLevel = EscalationLevel.TeamManager;
            duty.EscalatedAt = Now;
            return await db.SaveChangesAsync();
        });

        var result = await client.SubmitAsync(page, Fields(Now, "Phoned the IRO."));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([MissingChildren.Web.Features.Children.EditConflict.Message], result.ErrorSummary);
        Assert.Equal("Phoned the IRO.", result.Document.QuerySelector("#WhatWasDone")!.TextContent.Trim());
        Assert.Equal(DutyStatus.Open, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
        Assert.Empty(await _app.WithDbAsync(db => db.CaseNotes.Where(n => n.ChildId == childId && n.Text == "Phoned the IRO.").ToListAsync()));

        var retried = await client.SubmitAsync(result, Fields(Now, "Phoned the IRO."));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
    }

    [Fact]
    public async Task Page_ForADutyDoneByItsRecord_OffersNoForm()
    {
        var (childId, taskId) = await DutyAsync(TaskType.StrategyMeeting, "R12");

        var (_, page) = await OpenAsync(childId, taskId);

        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid='done-elsewhere']"));
    }

    [Fact]
    public async Task Page_ForAnotherChildsDuty_Returns404_AndForOtherRoles_403()
    {
        var (childId, taskId) = await DutyAsync();
        var other = await _app.WithDbAsync(db => db.Children.Where(c => c.LocalId == "P101").Select(c => c.Id).SingleAsync());
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.SocialWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/children/{other}/duties/{taskId}")).StatusCode);

        var police = _app.CreateHtmlClient();
        await police.SignInAsync(Roles.Police);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync($"/children/{childId}/duties/{taskId}")).StatusCode);
    }
}

public sealed class CompleteDutyTestsOnSqlite(SqliteAppFactory app) : CompleteDutyTests(app), IClassFixture<SqliteAppFactory>;

public sealed class CompleteDutyTestsOnPostgreSql(PostgreSqlAppFactory app) : CompleteDutyTests(app), IClassFixture<PostgreSqlAppFactory>;
