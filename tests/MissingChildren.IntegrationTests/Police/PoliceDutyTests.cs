using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Meetings;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.Police;

public sealed class MedwaySqliteAppFactory() : ProfileAppFactory("Sqlite", "Medway");

public sealed class MedwayPostgreSqlAppFactory() : ProfileAppFactory("PostgreSql", "Medway");

/// <summary>
/// R33 (003 "When a Child/Young Person is found – Response from the Police"): in Medway the police Missing Person
/// Liaison Officer organises the professionals meeting for a child missing 48 hours (or three times in 90 days). The
/// police land on <c>/police</c>, see the duty and record the meeting, which closes it.
/// </summary>
public abstract class PoliceDutyTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected PoliceDutyTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private async Task<DutyTask> MissingFor50HoursAsync()
    {
        var child = await _data.ChildAsync("CIN", allocatedTeam: "Corporate Parenting");
        var episodeId = await _data.MissingAsync(child, hoursAgo: 50);
        var duty = await _data.DutyAsync(episodeId, RuleIds.ProfessionalsMeeting);
        Assert.Equal(PolicyRole.Police, duty.AssigneeRole);
        return duty;
    }

    private static Dictionary<string, string?> Meeting(DateTimeOffset at) => new()
    {
        ["HeldAt.Day"] = at.Day.ToString(CultureInfo.InvariantCulture),
        ["HeldAt.Month"] = at.Month.ToString(CultureInfo.InvariantCulture),
        ["HeldAt.Year"] = at.Year.ToString(CultureInfo.InvariantCulture),
        ["HeldAt.Time"] = at.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["Attendees"] = "PC Jo Smith, Kent Police\nSam Lee, Children's Services",
        ["RiskFactors"] = "Missing 48 hours; older associates",
        ["Actions"] = "Check the Chatham address – Police, by tomorrow",
    };

    [Fact]
    public async Task R33_ThePoliceLandOnTheirDuties_FollowTheLink_AndRecordingTheMeetingClosesTheDuty()
    {
        var duty = await MissingFor50HoursAsync();
        var client = _app.CreateHtmlClient();
        var signedIn = await client.SignInAsync(Roles.Police);
        Assert.Equal("/police", signedIn.Location);

        var work = await client.GetAsync("/police");
        var link = work.Document.QuerySelectorAll("[data-testid=police-duties] a").Single(a => a.GetAttribute("href") == $"/police/duties/{duty.Id}");
        var form = await client.GetAsync(link.GetAttribute("href")!);
        var result = await client.SubmitAsync(form, Meeting(_data.Now.AddHours(-1)));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var closed = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id));
        Assert.Equal(DutyStatus.Done, closed.Status);
        var meeting = await _app.WithDbAsync(db => db.Meetings.SingleAsync(m => m.DutyTaskId == duty.Id));
        Assert.Equal(MeetingType.ProfessionalsMeeting, meeting.Type);
        var after = await client.GetAsync(result.Location!);
        Assert.Contains("Professionals meeting recorded", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector($"a[href='/police/duties/{duty.Id}']"));
    }

    [Fact]
    public async Task Post_Meeting_WhenEmpty_ReturnsErrors_AndTheDutyStaysOpen()
    {
        var duty = await MissingFor50HoursAsync();
        var client = await _app.SignedInAsync(Roles.Police);
        var form = await client.GetAsync($"/police/duties/{duty.Id}");

        var result = await client.SubmitAsync(form, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Contains("Enter who attended and their agency", result.ErrorSummary);
        Assert.Contains("Enter the actions agreed and who owns each", result.ErrorSummary);
        Assert.Equal(DutyStatus.Open, (await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id))).Status);
    }

    [Fact]
    public async Task PolicePages_AreForThePoliceOnly_AndOnlyForDutiesGivenToThem()
    {
        var duty = await MissingFor50HoursAsync();
        var socialWorker = await _app.SignedInAsync(Roles.SocialWorker);
        var police = await _app.SignedInAsync(Roles.Police);
        var notTheirs = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.ChildId == duty.ChildId && t.AssigneeRole != PolicyRole.Police).Select(t => t.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await socialWorker.GetAsync($"/police/duties/{duty.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/police/duties/{notTheirs}")).StatusCode);
    }

    [Fact]
    public async Task R33_TheDutyOnTheCaseSummaryAndEpisodeLinksToThePolicePage()
    {
        var duty = await MissingFor50HoursAsync();
        var manager = await _app.SignedInAsync(Roles.TeamManager);

        var summary = await manager.GetAsync($"/children/{duty.ChildId}");
        var episode = await manager.GetAsync($"/episodes/{duty.EpisodeId}");

        Assert.NotNull(summary.Document.QuerySelector($"a[href='/police/duties/{duty.Id}']"));
        Assert.NotNull(episode.Document.QuerySelector($"[data-testid=duties] a[href='/police/duties/{duty.Id}']"));
    }
}

public sealed class PoliceDutyTestsOnSqlite(MedwaySqliteAppFactory app) : PoliceDutyTests(app), IClassFixture<MedwaySqliteAppFactory>;

public sealed class PoliceDutyTestsOnPostgreSql(MedwayPostgreSqlAppFactory app) : PoliceDutyTests(app), IClassFixture<MedwayPostgreSqlAppFactory>;
