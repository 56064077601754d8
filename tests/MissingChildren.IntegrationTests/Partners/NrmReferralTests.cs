using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Partners;
using MissingChildren.IntegrationTests.Police;

namespace MissingChildren.IntegrationTests.Partners;

/// <summary>
/// R44 (Medway, 003 "Modern Slavery"): a social worker records reasonable grounds to believe the child is a victim of
/// trafficking or modern slavery on the episode; the allocated social worker's duty to make a National Referral Mechanism
/// referral follows, closed only by recording the referral (when, its reference, who made it), shown on the timeline.
/// </summary>
public abstract class NrmReferralTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected NrmReferralTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    private async Task<(HtmlClient Client, TestData.TestWorker Worker, TestData.TestChild Child, Guid EpisodeId)> MissingChildAsync()
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var child = await _data.ChildAsync("CIN", team, worker);
        var episodeId = await _data.MissingAsync(child);
        return (await _app.SignedInAsync(worker), worker, child, episodeId);
    }

    private static Dictionary<string, string?> Decided(DateTimeOffset? on, string? by) => new()
    {
        ["DecidedOn.Day"] = on?.Day.ToString(CultureInfo.InvariantCulture) ?? "",
        ["DecidedOn.Month"] = on?.Month.ToString(CultureInfo.InvariantCulture) ?? "",
        ["DecidedOn.Year"] = on?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
        ["DecidedBy"] = by,
    };

    private Task<DutyTask?> ReferralDutyAsync(Guid episodeId) =>
        _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleOrDefaultAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.NrmReferral));

    [Fact]
    public async Task ReasonableGrounds_GiveTheSocialWorkerTheReferralDuty_ClosedByRecordingTheReferral()
    {
        var (client, worker, child, episodeId) = await MissingChildAsync();
        var episodes = await client.GetAsync($"/children/{child.Id}/episodes");
        var link = episodes.Document.QuerySelector($"[data-testid='episode-partners'] a[href='/children/{child.Id}/episodes/{episodeId}/trafficking']");
        Assert.NotNull(link);
        var form = await client.GetAsync(link.GetAttribute("href")!);

        var saved = await client.SubmitAsync(form, Decided(Now, "Sam Patel, team manager"));

        Assert.Equal($"/children/{child.Id}", saved.Location);
        var duty = await ReferralDutyAsync(episodeId);
        Assert.NotNull(duty);
        Assert.Equal((RuleIds.NrmReferral, worker.Id, DutyStatus.Open), (duty.RuleId, duty.AssigneeUserId, duty.Status));
        var again = await client.GetAsync(form.Url);
        Assert.Contains("by Sam Patel, team manager", again.Document.QuerySelector("[data-testid='grounds-recorded']")!.TextContent, StringComparison.Ordinal);

        var summary = await client.GetAsync($"/children/{child.Id}");
        var referralLink = summary.Document.QuerySelector($"[data-testid='open-duties'] a[href='/children/{child.Id}/duties/{duty.Id}/nrm-referral']");
        Assert.NotNull(referralLink);
        var referral = await client.GetAsync(referralLink.GetAttribute("href")!);
        Assert.Contains("No consent is needed to refer a child", referral.Document.QuerySelector("[data-testid='no-consent']")!.TextContent, StringComparison.Ordinal);

        var result = await client.SubmitAsync(referral, PartnerForms.When("MadeAt", Now.AddMinutes(-10))
            .With("Reference", "NRM-2026-0042").With("MadeBy", "Test social worker"));

        Assert.Equal($"/children/{child.Id}", result.Location);
        Assert.Equal(DutyStatus.Done, (await ReferralDutyAsync(episodeId))!.Status);
        var record = await _app.WithDbAsync(db => db.PartnerRecords.AsNoTracking().SingleAsync(r => r.DutyTaskId == duty.Id));
        Assert.Equal((PartnerRecordKind.NrmReferral, "NRM-2026-0042", "Test social worker"), (record.Kind, record.Reference, record.MadeBy));
        var timeline = (await client.GetAsync($"/children/{child.Id}/episodes")).Document.QuerySelector("[data-testid='timeline']")!.TextContent;
        Assert.Contains("Reasonable grounds to believe trafficking or modern slavery", timeline, StringComparison.Ordinal);
        Assert.Contains("reference NRM-2026-0042, made by Test social worker", timeline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "Someone", "Enter the date it was decided")]
    [InlineData(true, "", "Enter who decided there are reasonable grounds")]
    public async Task Grounds_BadInput_IsAnError_AndNoDutyIsRaised(bool dated, string by, string message)
    {
        var (client, _, child, episodeId) = await MissingChildAsync();
        var form = await client.GetAsync($"/children/{child.Id}/episodes/{episodeId}/trafficking");

        var result = await client.SubmitAsync(form, Decided(dated ? Now : null, by));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Null(await ReferralDutyAsync(episodeId));
    }

    [Theory]
    [InlineData(1, "", "Test social worker", "Enter the referral's reference")]
    [InlineData(1, "NRM-1", "", "Enter who made the referral")]
    [InlineData(null, "NRM-1", "Test social worker", "Enter when the referral was made")]
    [InlineData(-2, "NRM-1", "Test social worker", "When the referral was made must be in the past")]
    public async Task Referral_BadInput_IsAnError_AndTheDutyStaysOpen(int? hoursAgo, string reference, string madeBy, string message)
    {
        var (client, _, child, episodeId) = await MissingChildAsync();
        var grounds = await client.GetAsync($"/children/{child.Id}/episodes/{episodeId}/trafficking");
        await client.SubmitAsync(grounds, Decided(Now, "Team manager"));
        var duty = (await ReferralDutyAsync(episodeId))!;
        var page = await client.GetAsync($"/children/{child.Id}/duties/{duty.Id}/nrm-referral");

        var result = await client.SubmitAsync(page, PartnerForms.When("MadeAt", hoursAgo is { } h ? Now.AddHours(-h) : null)
            .With("Reference", reference).With("MadeBy", madeBy));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(DutyStatus.Open, (await ReferralDutyAsync(episodeId))!.Status);
        Assert.False(await _app.WithDbAsync(db => db.PartnerRecords.AnyAsync(r => r.DutyTaskId == duty.Id)));
    }

    [Fact]
    public async Task Grounds_AnEducationOfficer_MayNotRecordThem()
    {
        var team = await _data.TeamAsync(Domain.Teams.TeamFunction.Education, Domain.Agency.Education);
        var officer = await _data.WorkerAsync(Roles.Education, team, Domain.Agency.Education);
        var child = await _data.ChildAsync("CME", team);
        var episodeId = await _data.MissingAsync(child);
        var client = await _app.SignedInAsync(officer);
        var path = $"/children/{child.Id}/episodes/{episodeId}/trafficking";
        var form = await client.GetAsync(path);

        // Posted by hand: the officer's own anti-forgery token (from a page they may open), sent to the form's address.
        var summary = await client.GetAsync($"/children/{child.Id}");
        summary.Document.QuerySelector("form.mc-header__sign-out")!.SetAttribute("action", path);
        var result = await client.SubmitAsync(summary, Decided(Now, "An education officer"), "form.mc-header__sign-out");

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, result.StatusCode);
        Assert.Null(await ReferralDutyAsync(episodeId));
    }
}

public sealed class NrmReferralTestsOnSqlite(MedwaySqliteAppFactory app) : NrmReferralTests(app), IClassFixture<MedwaySqliteAppFactory>;

public sealed class NrmReferralTestsOnPostgreSql(MedwayPostgreSqlAppFactory app) : NrmReferralTests(app), IClassFixture<MedwayPostgreSqlAppFactory>;
