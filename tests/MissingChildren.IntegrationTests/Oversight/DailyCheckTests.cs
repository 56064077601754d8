using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.Oversight;

/// <summary>
/// R16 (001 §5.1) under North Somerset's profile: the team manager's daily check of a missing child's record is a duty
/// for each day the child is missing, recorded from the child's summary with what was checked, only by a manager who
/// oversees it, audited; overdue it reaches the Head of Service; the sweep raises the next day's and none after the return.
/// </summary>
public abstract class DailyCheckTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected DailyCheckTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private async Task<(TestData.TestChild Child, TestData.TestWorker Manager, Guid EpisodeId)> MissingChildOfATeamAsync()
    {
        _app.AdvanceIntoWorkingHours();
        var team = await _data.TeamAsync();
        var manager = await _data.WorkerAsync(Roles.TeamManager, team);
        var child = await _data.ChildAsync("CIN", team);
        var episodeId = await _data.MissingAsync(child, hoursAgo: 2);
        return (child, manager, episodeId);
    }

    /// <summary>The form's fields: checked ten minutes ago (November: UK time is UTC), and what was checked.</summary>
    private Dictionary<string, string?> Fields(string? whatWasChecked)
    {
        var at = _data.Now.AddMinutes(-10);
        return new Dictionary<string, string?>
        {
            ["CheckedAt.Day"] = at.Day.ToString(CultureInfo.InvariantCulture),
            ["CheckedAt.Month"] = at.Month.ToString(CultureInfo.InvariantCulture),
            ["CheckedAt.Year"] = at.Year.ToString(CultureInfo.InvariantCulture),
            ["CheckedAt.Time"] = at.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["WhatWasChecked"] = whatWasChecked,
        };
    }

    private Task<List<DutyTask>> ChecksAsync(Guid episodeId) =>
        _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().Where(t => t.EpisodeId == episodeId && t.Type == TaskType.DailyCheck).OrderBy(t => t.DueAt).ToListAsync());

    [Fact]
    public async Task TheTeamManager_RecordsTheDaysCheck_FromTheChildsSummary_KeptAsACaseNote_AndAudited()
    {
        var (child, manager, episodeId) = await MissingChildOfATeamAsync();
        var check = Assert.Single(await ChecksAsync(episodeId));
        Assert.Equal((RuleIds.DailyOversight, PolicyRole.TeamManager, DutyStatus.Open), (check.RuleId, check.AssigneeRole, check.Status));
        var client = await _app.SignedInAsync(manager);

        var summary = await client.GetAsync($"/children/{child.Id}");
        var link = summary.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim().StartsWith("Record daily check", StringComparison.Ordinal)).GetAttribute("href");
        Assert.Equal($"/children/{child.Id}/daily-checks/{check.Id}", link);
        var form = await client.GetAsync(link!);
        Assert.Equal("Record daily check", form.Heading);
        var done = await client.SubmitAsync(form, Fields("Record accurate; the social worker is in touch with the police twice a day."), "main form[method=post]");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var closed = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == check.Id));
        Assert.Equal(DutyStatus.Done, closed.Status);
        var note = await _app.WithDbAsync(db => db.CaseNotes.AsNoTracking().SingleAsync(n => n.ChildId == child.Id && n.Title == "Daily check of the record (R16)"));
        Assert.Equal("Record accurate; the social worker is in touch with the police twice a day.", note.Text);
        var audited = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ChildId == child.Id && a.Actor == manager.Email).Select(a => a.EntityType + " " + a.Action).ToListAsync());
        Assert.Contains(audited, a => a.StartsWith(nameof(DutyTask), StringComparison.Ordinal) && !a.EndsWith("Viewed", StringComparison.Ordinal));
        Assert.Contains(audited, a => a.StartsWith("CaseNote", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutWhatWasChecked_TheFormAsksForIt_AndTheCheckStaysOpen()
    {
        var (child, manager, episodeId) = await MissingChildOfATeamAsync();
        var check = Assert.Single(await ChecksAsync(episodeId));
        var client = await _app.SignedInAsync(manager);
        var form = await client.GetAsync($"/children/{child.Id}/daily-checks/{check.Id}");

        var page = await client.SubmitAsync(form, Fields("  "), "main form[method=post]");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Enter what you checked and what needs to happen next"], page.ErrorSummary);
        Assert.Equal(DutyStatus.Open, (await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == check.Id))).Status);
    }

    [Fact]
    public async Task OnlyAManagerWhoOverseesIt_RecordsTheCheck_ASocialWorkerOrAnotherTeamsManagerIsRefused()
    {
        var (child, manager, episodeId) = await MissingChildOfATeamAsync();
        var check = Assert.Single(await ChecksAsync(episodeId));
        var url = $"/children/{child.Id}/daily-checks/{check.Id}";
        var form = await (await _app.SignedInAsync(manager)).GetAsync(url);
        var otherManager = await _data.WorkerAsync(Roles.TeamManager, await _data.TeamAsync());
        var socialWorker = await _data.WorkerAsync(Roles.SocialWorker, await _data.TeamAsync());

        var otherClient = await _app.SignedInAsync(otherManager);
        var asOtherManager = await otherClient.GetAsync(url);
        var posted = await otherClient.SubmitAsync(asOtherManager, Fields("Checked"), "main form[method=post]");
        var asSocialWorker = await (await _app.SignedInAsync(socialWorker)).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asSocialWorker.StatusCode);
        Assert.Equal(DutyStatus.Open, (await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == check.Id))).Status);
    }

    [Fact]
    public async Task TheSweep_RaisesTheNextDaysCheck_EscalatesAMissedOneToTheHeadOfService_AndRaisesNoneAfterTheReturn()
    {
        var (child, _, episodeId) = await MissingChildOfATeamAsync();
        var first = Assert.Single(await ChecksAsync(episodeId));

        // The next day (UK midnight is the first check's due time): the sweep raises the next day's check.
        await _data.AdvanceToAsync(first.DueAt.AddMinutes(1));
        var two = await ChecksAsync(episodeId);
        Assert.Equal(2, two.Count);
        Assert.Equal(first.DueAt.AddDays(1), two[1].DueAt);

        // A day after it fell due, the missed check has reached the Head of Service (the profile's escalation), who is told.
        await _data.AdvanceToAsync(first.DueAt.AddHours(24).AddMinutes(1));
        var missed = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == first.Id));
        Assert.Equal(EscalationLevel.HeadOfService, missed.EscalationLevel);
        var headOfService = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.EmailFor(Roles.HeadOfService)).Select(u => u.Id).SingleAsync());
        Assert.True(await _app.WithDbAsync(db => db.Notices.AnyAsync(n => n.UserId == headOfService && n.DutyTaskId == first.Id)));

        // Found: today's check, not yet due, ends; the sweep raises none on the following days.
        var reference = await _app.WithDbAsync(db => db.Notifications.Where(n => n.EpisodeId == episodeId).Select(n => n.SourceReference).FirstAsync());
        await _data.FoundAsync(child, reference, hoursAgo: 0.5);
        var atReturn = await ChecksAsync(episodeId);
        await _data.AdvanceToAsync(_data.Now.AddDays(3));
        var later = await ChecksAsync(episodeId);

        Assert.Equal(atReturn.Select(c => c.Id), later.Select(c => c.Id));
        Assert.Equal(DutyStatus.Cancelled, later[^1].Status);
    }
}

public sealed class DailyCheckTestsOnSqlite(SqliteAppFactory app) : DailyCheckTests(app), IClassFixture<SqliteAppFactory>;

public sealed class DailyCheckTestsOnPostgreSql(PostgreSqlAppFactory app) : DailyCheckTests(app), IClassFixture<PostgreSqlAppFactory>;
