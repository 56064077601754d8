using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>
/// A duty on the child's summary links to where it is done, and doing it there closes it: the long-missing review
/// (R15) through the meeting form, the trigger plan (R32) and prevention plan (R29) by saving the plan.
/// </summary>
public abstract class DutyLoopTests
{
    private readonly AppFactory _app;

    protected DutyLoopTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    private async Task<(Guid ChildId, DutyTask Duty)> OpenDutyAsync(string localId, TaskType type, string ruleId, string title)
    {
        var childId = await _app.ChildIdAsync(localId);
        var duty = new DutyTask
        {
            ChildId = childId, Type = type, RuleId = ruleId, DedupeKey = $"test/{Guid.NewGuid():N}", Title = title,
            Status = DutyStatus.Open, RaisedAt = Now.AddHours(-2), DueAt = Now.AddDays(2), AssigneeRole = PolicyRole.SocialWorker,
        };
        await _app.WithDbAsync(async db =>
        {
            db.DutyTasks.Add(duty);
            return await db.SaveChangesAsync();
        });
        return (childId, duty);
    }

    private static string ActionHref(HtmlClient.Page summary, string title) =>
        summary.Document.QuerySelectorAll("a.govuk-link").Single(a => a.TextContent.Contains(title, StringComparison.Ordinal)).GetAttribute("href")!;

    [Fact]
    public async Task R15_TheSummaryLinksToTheReviewForm_AndRecordingTheReviewClosesTheDuty()
    {
        var (childId, duty) = await OpenDutyAsync("P107", TaskType.LongMissingReview, RuleIds.LongMissingReview, "Fortnightly long-missing review");
        var client = await _app.SignedInAsync(Roles.TeamManager);

        var summary = await client.GetAsync($"/children/{childId}");
        var href = ActionHref(summary, "Fortnightly long-missing review");
        Assert.Equal($"/children/{childId}/meetings/new?type=LongMissingReview&dutyId={duty.Id}", href);
        var form = await client.GetAsync(href);
        Assert.NotNull(form.Document.QuerySelector("input[name='Type'][value='LongMissingReview'][checked]"));

        var result = await client.SubmitAsync(form, CaseData.DateTime("HeldAt", Now.AddHours(-1)).With(new Dictionary<string, string?>
        {
            ["Type"] = "LongMissingReview",
            ["Attendees"] = "Head of Service; DS Pat, Police",
            ["RiskFactors"] = "Missing 14 days; seen in Bristol",
            ["Actions"] = "Keep the search open – Police",
        }));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var done = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id));
        Assert.Equal(DutyStatus.Done, done.Status);
        var meeting = await _app.WithDbAsync(db => db.Meetings.SingleAsync(m => m.DutyTaskId == duty.Id));
        Assert.Equal(MeetingType.LongMissingReview, meeting.Type);
        var meetings = await client.GetAsync(result.Location!);
        Assert.Contains("Long missing review", meetings.Document.QuerySelector("[data-testid=meeting]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R15_TwoReviewsDueTogether_RecordingOneFromItsLinkClosesThatOne()
    {
        // Medway at 28 days: the second Service Missing Exploitation Discussion and the first multi-disciplinary meeting (the
        // later one followed, so the earliest-due is not simply taken).
        var first = $"Service Missing Exploitation Discussion ({Guid.NewGuid():N})";
        var second = $"Multi-disciplinary professionals meeting ({Guid.NewGuid():N})";
        var (childId, discussion) = await OpenDutyAsync("P107", TaskType.LongMissingReview, RuleIds.LongMissingReview, first);
        var multiDisciplinary = new DutyTask
        {
            ChildId = childId, Type = TaskType.LongMissingReview, RuleId = RuleIds.LongMissingReview, DedupeKey = $"test/{Guid.NewGuid():N}", Title = second,
            Status = DutyStatus.Open, RaisedAt = discussion.RaisedAt, DueAt = discussion.DueAt.AddMinutes(1), AssigneeRole = PolicyRole.SocialWorker,
        };
        await _app.WithDbAsync(async db =>
        {
            db.DutyTasks.Add(multiDisciplinary);
            return await db.SaveChangesAsync();
        });
        var client = await _app.SignedInAsync(Roles.TeamManager);

        var summary = await client.GetAsync($"/children/{childId}");
        var form = await client.GetAsync(ActionHref(summary, second));
        var result = await client.SubmitAsync(form, CaseData.DateTime("HeldAt", Now.AddHours(-1)).With(new Dictionary<string, string?>
        {
            ["Type"] = "LongMissingReview",
            ["Attendees"] = "Head of Service; DS Pat, Police",
            ["RiskFactors"] = "Missing 28 days",
            ["Actions"] = "Keep the search open – Police",
        }));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal(DutyStatus.Done, (await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == multiDisciplinary.Id))).Status);
        Assert.Equal(DutyStatus.Open, (await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == discussion.Id))).Status);
        Assert.Equal(multiDisciplinary.Id, await _app.WithDbAsync(db => db.Meetings.Where(m => m.DutyTaskId == multiDisciplinary.Id).Select(m => m.DutyTaskId).SingleAsync()));
    }

    [Theory]
    [InlineData(TaskType.TriggerPlan, RuleIds.TriggerPlan, "trigger-plan")]
    [InlineData(TaskType.PreventionPlan, RuleIds.PreventionPlan, "prevention-plan")]
    public async Task R29_R32_TheSummaryLinksToThePlan_AndSavingItClosesTheDuty(TaskType type, string ruleId, string slug)
    {
        var title = $"Write the plan ({ruleId}, {Guid.NewGuid():N})";
        var (childId, duty) = await OpenDutyAsync("P102", type, ruleId, title);
        var client = await _app.SignedInAsync(Roles.TeamManager);

        var summary = await client.GetAsync($"/children/{childId}");
        var href = ActionHref(summary, title);
        Assert.Equal($"/children/{childId}/plans/{slug}", href);
        var form = await client.GetAsync(href);
        var result = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Background"] = "Placed in Weston since May.",
            ["IfMissing"] = "Ring her phone, then the police.",
            ["PoliceActions"] = "Check the bus station first.",
        });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var done = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id));
        Assert.Equal(DutyStatus.Done, done.Status);
        var after = await client.GetAsync($"/children/{childId}");
        Assert.DoesNotContain(title, after.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class DutyLoopTestsOnSqlite(SqliteAppFactory app) : DutyLoopTests(app), IClassFixture<SqliteAppFactory>;

public sealed class DutyLoopTestsOnPostgreSql(PostgreSqlAppFactory app) : DutyLoopTests(app), IClassFixture<PostgreSqlAppFactory>;
