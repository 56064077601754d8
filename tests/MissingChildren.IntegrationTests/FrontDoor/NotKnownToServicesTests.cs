using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.IntegrationTests.ReturnInterviews;

namespace MissingChildren.IntegrationTests.FrontDoor;

/// <summary>
/// Children not known to services (North Somerset, 001 §1.4–1.5): missing 24 hours, Front Door asks the family's consent
/// to agency checks and decides on a referral (R4), recorded done on the child's record; back within 24 hours, Family
/// Wellbeing seek a parent's consent to offer the interview (R5), done when consent is recorded on the RHI.
/// </summary>
public abstract class NotKnownToServicesTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected NotKnownToServicesTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    [Fact]
    public async Task R4_Missing24Hours_FrontDoorRecordsTheFamilysConsentAndTheReferralDecision()
    {
        var child = await _data.ChildAsync();
        var episodeId = await _data.MissingAsync(child, hoursAgo: 25);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.EpisodeId == episodeId && t.RuleId == RuleIds.NotOpenLongMissing));
        Assert.Equal(TaskType.AgencyChecksConsent, duty.Type);
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.FrontDoor);

        var summary = await client.GetAsync($"/children/{child.Id}");
        Assert.NotNull(summary.Document.QuerySelector($"a[href='/children/{child.Id}/duties/{duty.Id}']"));

        var page = await client.GetAsync($"/children/{child.Id}/duties/{duty.Id}");
        var empty = await client.SubmitAsync(page, new Dictionary<string, string?> { ["WhatWasDone"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Enter what was done, and who was told", empty.ErrorSummary);

        var done = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["DoneAt.Day"] = Now.Day.ToString(CultureInfo.InvariantCulture),
            ["DoneAt.Month"] = Now.Month.ToString(CultureInfo.InvariantCulture),
            ["DoneAt.Year"] = Now.Year.ToString(CultureInfo.InvariantCulture),
            ["DoneAt.Time"] = Now.AddMinutes(-5).ToString("HH:mm", CultureInfo.InvariantCulture),
            ["WhatWasDone"] = "Mother consented to agency checks; referred to Family Wellbeing",
        });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var closed = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == duty.Id));
        Assert.Equal(DutyStatus.Done, closed.Status);
    }

    [Fact]
    public async Task R5_BackWithin24Hours_ConsentRecordedOnTheRhi_IsTheParentalConsentSought()
    {
        var child = await _data.ChildAsync();
        var episodeId = await _data.ReturnedAsync(child, missingHoursAgo: 6, foundHoursAgo: 1);
        var rhiId = await _data.ReturnHomeInterviewOfAsync(episodeId);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.ReturnHomeInterviewId == rhiId && t.RuleId == RuleIds.NotOpenShortMissing));
        Assert.Equal(DutyStatus.Open, duty.Status);
        await _app.WithDbAsync(async db =>
        {
            var worker = await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.RhiWorker));
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId);
            rhi.Allocate(worker.Id, worker.TeamId);
            return await db.SaveChangesAsync();
        });
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.RhiWorker);
        var page = await client.GetAsync($"/rhi/{rhiId}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Consent.Consented"] = "yes", ["Consent.GivenByName"] = "Sam Parent" }, RhiTestData.Form("Consent"));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var closed = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == duty.Id));
        Assert.Equal((DutyStatus.Done, "Consent sought and recorded"), (closed.Status, closed.ClosedReason));
    }
}

public sealed class NotKnownToServicesTestsOnSqlite(SqliteAppFactory app) : NotKnownToServicesTests(app), IClassFixture<SqliteAppFactory>;

public sealed class NotKnownToServicesTestsOnPostgreSql(PostgreSqlAppFactory app) : NotKnownToServicesTests(app), IClassFixture<PostgreSqlAppFactory>;
