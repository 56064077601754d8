using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notes;
using MissingChildren.Domain.Policy;
using MissingChildren.IntegrationTests.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>
/// Duties closed on the duty's own page that are not "telling someone": R29's prevention plan not completed, where the
/// profile asks for the reason (Somerset), and Front Door's follow-up of an interview not recorded (R3, 001 §2.13).
/// </summary>
public abstract class DutyClosedOnItsPageTests
{
    private readonly AppFactory _app;

    protected DutyClosedOnItsPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    protected abstract bool AsksWhyAPlanIsNotCompleted { get; }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    /// <summary>An open duty on the demo child P101, who has no allocated social worker.</summary>
    private Task<(Guid ChildId, Guid TaskId)> DutyAsync(TaskType type, string rule, PolicyRole role, string title) => _app.WithDbAsync(async db =>
    {
        var child = await db.Children.SingleAsync(c => c.LocalId == "P101");
        var task = new DutyTask
        {
            ChildId = child.Id, Type = type, RuleId = rule, DedupeKey = $"test/{Guid.NewGuid():N}", Title = title,
            Status = DutyStatus.Open, RaisedAt = Now, DueAt = Now.AddHours(4), AssigneeRole = role,
        };
        db.Add(task);
        await db.SaveChangesAsync();
        return (child.Id, task.Id);
    });

    private Task<(Guid ChildId, Guid TaskId)> PreventionPlanDutyAsync() =>
        DutyAsync(TaskType.PreventionPlan, RuleIds.PreventionPlan, PolicyRole.RhiWorker, "Complete the missing risk assessment and prevention plan");

    private Dictionary<string, string?> Fields(string? why) => new()
    {
        ["DoneAt.Day"] = Now.Day.ToString(CultureInfo.InvariantCulture),
        ["DoneAt.Month"] = Now.Month.ToString(CultureInfo.InvariantCulture),
        ["DoneAt.Year"] = Now.Year.ToString(CultureInfo.InvariantCulture),
        ["DoneAt.Time"] = Now.AddMinutes(-10).ToString("HH:mm", CultureInfo.InvariantCulture), // November: UK time is UTC
        ["WhatWasDone"] = why,
    };

    [Fact]
    public async Task R29_the_case_summary_offers_to_record_why_a_prevention_plan_is_not_completed_only_where_the_profile_asks()
    {
        var (childId, taskId) = await PreventionPlanDutyAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);

        var summary = await client.GetAsync($"/children/{childId}");

        var link = summary.Document.QuerySelector($"[data-testid='not-needed'][href='/children/{childId}/duties/{taskId}']");
        Assert.Equal(AsksWhyAPlanIsNotCompleted, link is not null);
    }

    [Fact]
    public async Task R29_a_reason_closes_the_plan_duty_as_not_completed_and_is_kept_as_a_case_note_where_the_profile_asks()
    {
        var (childId, taskId) = await PreventionPlanDutyAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);
        var page = await client.GetAsync($"/children/{childId}/duties/{taskId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        if (!AsksWhyAPlanIsNotCompleted)
        {
            Assert.Null(page.Document.QuerySelector("main form"));
            Assert.NotNull(page.Document.QuerySelector("[data-testid='done-elsewhere']"));
            return;
        }

        Assert.Equal("Record why the plan is not being completed", page.Document.QuerySelector("h1")!.TextContent.Trim());
        var result = await client.SubmitAsync(page, Fields("The family moved out of the area before the plan could be agreed."));

        Assert.Equal($"/children/{childId}", result.Location);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
        Assert.Equal(DutyStatus.Cancelled, duty.Status);
        Assert.Equal("Not completed: the reason is recorded as a case note", duty.ClosedReason);
        var note = await _app.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.ChildId == childId && n.Title.StartsWith("Not completed:")));
        Assert.Equal(("Not completed: Complete the missing risk assessment and prevention plan (R29)", CaseNoteKind.General), (note.Title, note.Kind));
        Assert.Equal("The family moved out of the area before the plan could be agreed.", note.Text);
    }

    [Fact]
    public async Task R29_no_reason_is_an_error_in_the_plan_words_and_the_duty_stays_open()
    {
        if (!AsksWhyAPlanIsNotCompleted)
        {
            return;
        }

        var (childId, taskId) = await PreventionPlanDutyAsync();
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);
        var page = await client.GetAsync($"/children/{childId}/duties/{taskId}");

        var result = await client.SubmitAsync(page, Fields(""));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Enter why the plan is not being completed"], result.ErrorSummary);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
        Assert.Equal(DutyStatus.Open, duty.Status);
    }

    [Fact]
    public async Task R3_Front_Door_records_following_up_an_interview_not_recorded_in_time()
    {
        var (childId, taskId) = await DutyAsync(TaskType.ReturnHomeInterview, RuleIds.ServiceRouting, PolicyRole.FrontDoor,
            "Interview not recorded 72 hours after it was asked for: ask the worker when it will be done");
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);
        var summary = await client.GetAsync($"/children/{childId}");
        Assert.NotNull(summary.Document.QuerySelector($"[data-testid='open-duties'] a[href='/children/{childId}/duties/{taskId}']"));
        var page = await client.GetAsync($"/children/{childId}/duties/{taskId}");

        var result = await client.SubmitAsync(page, Fields("Rang the Family Wellbeing worker: the interview is booked for Thursday."));

        Assert.Equal($"/children/{childId}", result.Location);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
        Assert.Equal(DutyStatus.Done, duty.Status);
    }
}

public sealed class DutyClosedOnItsPageTestsOnSqlite(SqliteAppFactory app) : DutyClosedOnItsPageTests(app), IClassFixture<SqliteAppFactory>
{
    protected override bool AsksWhyAPlanIsNotCompleted => false;
}

public sealed class DutyClosedOnItsPageTestsOnPostgreSql(PostgreSqlAppFactory app) : DutyClosedOnItsPageTests(app), IClassFixture<PostgreSqlAppFactory>
{
    protected override bool AsksWhyAPlanIsNotCompleted => false;
}

public sealed class SomersetDutyClosedOnItsPageTestsOnSqlite(SomersetSqliteAppFactory app) : DutyClosedOnItsPageTests(app), IClassFixture<SomersetSqliteAppFactory>
{
    protected override bool AsksWhyAPlanIsNotCompleted => true;
}

public sealed class SomersetDutyClosedOnItsPageTestsOnPostgreSql(SomersetPostgreSqlAppFactory app) : DutyClosedOnItsPageTests(app), IClassFixture<SomersetPostgreSqlAppFactory>
{
    protected override bool AsksWhyAPlanIsNotCompleted => true;
}
