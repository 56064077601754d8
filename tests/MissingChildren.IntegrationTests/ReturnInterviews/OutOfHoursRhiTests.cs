using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using static MissingChildren.Testing.TestData;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// R6 (001 §1.6, North Somerset): the Emergency Duty Team opens the RHIs holding a duty given to it, from its landing
/// page, and does there what the duty asks: 48 hours or more to the next working day, it takes the interview on and
/// conducts it; 16 to 47 hours, it asks the child who should do it and seeks consent, and hands it to the daytime service.
/// Each test moves the clock on to its own weekend evening, so the class has its own database and clock.
/// </summary>
public abstract class OutOfHoursRhiTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected OutOfHoursRhiTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    /// <summary>Moves the clock on to the next such day at 18:00 UTC (November: UK time), at least a day ahead.</summary>
    private void MoveToNext(DayOfWeek day)
    {
        var now = _app.Clock.GetUtcNow().AddDays(1);
        var date = now.Date;
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        _app.Clock.SetUtcNow(new DateTimeOffset(date.AddHours(18), TimeSpan.Zero));
    }

    /// <summary>A child who went missing this afternoon and was found ten minutes ago, out of hours: their RHI's id.</summary>
    private async Task<(TestChild Child, Guid RhiId)> ReturnedOutOfHoursAsync(DayOfWeek day, string? involvement = null)
    {
        MoveToNext(day);
        var child = await _data.ChildAsync(involvement, allocatedTeam: "Corporate Parenting");
        var episodeId = await _data.ReturnedAsync(child, missingHoursAgo: 5, foundHoursAgo: 0.2);
        return (child, await _data.ReturnHomeInterviewOfAsync(episodeId));
    }

    private Task<DutyTask> DutyAsync(Guid rhiId, string ruleId, PolicyRole role) =>
        _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.ReturnHomeInterviewId == rhiId && t.RuleId == ruleId && t.AssigneeRole == role));

    [Fact]
    public async Task R6_FortyEightHoursOrMore_EdtFollowsTheDutyFromItsLandingPage_TakesTheInterviewOnAndConductsIt()
    {
        var (child, rhiId) = await ReturnedOutOfHoursAsync(DayOfWeek.Friday);
        var client = _app.CreateHtmlClient();
        var signedIn = await client.SignInAsync(Roles.EmergencyDuty);

        var landing = await client.GetAsync(signedIn.Location!);
        var link = landing.Document.QuerySelectorAll("[data-testid=out-of-hours] a")
            .Single(a => a.GetAttribute("href") == $"/rhi/{rhiId}" && a.TextContent.Contains("offer and conduct", StringComparison.Ordinal));
        var rhiPage = await client.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, rhiPage.StatusCode);
        Assert.Contains($"{child.FirstName} {child.LastName}", rhiPage.Heading, StringComparison.Ordinal);

        var taken = await client.SubmitAsync(rhiPage, new Dictionary<string, string?>(), "form[action$='/take-on']");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var rhi = await new RhiTestData(_app).LoadAsync(rhiId);
        Assert.Equal(RhiStatus.Allocated, rhi.Status);
        var edt = await _app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.EmergencyDuty)));
        Assert.Equal(edt.Id, rhi.AllocatedWorkerId);

        // The EDT worker now arranges and records the interview on the RHI's forms: consent (assumed: a child in care
        // is not needed here, so a parent's) and the interview close the offer duty given to the EDT.
        var page = await client.GetAsync($"/rhi/{rhiId}");
        Assert.Contains("You have taken on the interview", page.Text, StringComparison.Ordinal);
        var consented = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["Consent.Consented"] = "yes", ["Consent.GivenByName"] = "Pat Parent",
        }, RhiTestData.Form("Consent"));
        Assert.Equal(HttpStatusCode.Redirect, consented.StatusCode);
        Assert.Equal(DutyStatus.Done, (await DutyAsync(rhiId, RuleIds.RhiOffer, PolicyRole.EmergencyDuty)).Status);
        Assert.Equal(RhiStatus.Accepted, (await new RhiTestData(_app).LoadAsync(rhiId)).Status);
    }

    [Fact]
    public async Task R6_EdtOpensOnlyTheRhisHoldingADutyGivenToIt()
    {
        _app.AdvanceIntoWorkingHours();
        var child = await _data.ChildAsync(allocatedTeam: "Corporate Parenting");
        var rhiId = await _data.ReturnHomeInterviewOfAsync(await _data.ReturnedAsync(child));
        var client = await _app.SignedInAsync(Roles.EmergencyDuty);

        var page = await client.GetAsync($"/rhi/{rhiId}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Post_AskChild_WhenNothingSelected_ReturnsErrors_AndChangesNothing()
    {
        var (_, rhiId) = await ReturnedOutOfHoursAsync(DayOfWeek.Saturday);
        var client = await _app.SignedInAsync(Roles.EmergencyDuty);
        var page = await client.GetAsync($"/rhi/{rhiId}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), "form[action$='/out-of-hours']");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Select who the child wants to do their interview", "Select whether consent was given"], result.ErrorSummary);
        Assert.Equal(DutyStatus.Open, (await DutyAsync(rhiId, RuleIds.OutOfHours, PolicyRole.EmergencyDuty)).Status);
        Assert.Empty((await new RhiTestData(_app).LoadAsync(rhiId)).ConsentRecords);
    }

    [Fact]
    public async Task R6_SixteenToFortySevenHours_EdtAsksTheChild_ClosingItsDuty_AndTheInterviewPassesToTheDaytimeService()
    {
        // Saturday 18:00: 39 hours to Monday 09:00.
        var (child, rhiId) = await ReturnedOutOfHoursAsync(DayOfWeek.Saturday);
        var client = _app.CreateHtmlClient();
        var landing = await client.GetAsync((await client.SignInAsync(Roles.EmergencyDuty)).Location!);
        var link = landing.Document.QuerySelectorAll("[data-testid=out-of-hours] a")
            .Single(a => a.GetAttribute("href") == $"/rhi/{rhiId}" && a.TextContent.Contains("ask the child", StringComparison.Ordinal));
        var page = await client.GetAsync(link.GetAttribute("href")!);

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["OutOfHours.Choice"] = nameof(InterviewerChoice.IndependentPerson),
            ["OutOfHours.Consented"] = "no",
            ["OutOfHours.GivenByName"] = "Pat Parent",
            ["OutOfHours.Reasons"] = "Too late tonight; will talk on Monday.",
        }, "form[action$='/out-of-hours']");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var ask = await DutyAsync(rhiId, RuleIds.OutOfHours, PolicyRole.EmergencyDuty);
        Assert.Equal(DutyStatus.Done, ask.Status);
        var rhi = await new RhiTestData(_app).LoadAsync(rhiId);
        Assert.Equal(RhiStatus.Requested, rhi.Status); // the daytime service allocates it (001 §1.6.1, §2.14)
        Assert.Equal(InterviewerChoice.IndependentPerson, rhi.InterviewerChoice);
        var refusal = Assert.Single(rhi.ConsentRecords);
        Assert.False(refusal.Consented);
        var after = await client.GetAsync(result.Location!);
        Assert.Contains("passes to the daytime service", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("form[action$='/out-of-hours']"));
        Assert.Contains($"{child.FirstName} {child.LastName}", after.Heading, StringComparison.Ordinal);
        var audited = await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == rhiId.ToString()));
        Assert.True(audited);
    }
}

public sealed class OutOfHoursRhiTestsOnSqlite(SqliteAppFactory app) : OutOfHoursRhiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class OutOfHoursRhiTestsOnPostgreSql(PostgreSqlAppFactory app) : OutOfHoursRhiTests(app), IClassFixture<PostgreSqlAppFactory>;
