using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Partners;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.Partners;

/// <summary>
/// R41, R42 (North Somerset, the default profile): the other local authority areas of an episode (missing from, found in, a
/// whole family missing) are recorded on the child's record; each authority named becomes a Front Door duty to tell it,
/// closed only by recording who was told, how and when, which the Episodes timeline then shows.
/// </summary>
public abstract class OtherAuthorityToldTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected OtherAuthorityToldTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    private async Task<(HtmlClient Client, TestData.TestChild Child, Guid EpisodeId)> MissingChildAsync()
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var child = await _data.ChildAsync("CIN", team, worker);
        var episodeId = await _data.MissingAsync(child);
        return (await _app.SignedInAsync(worker), child, episodeId);
    }

    private Task<List<DutyTask>> ToldDutiesAsync(Guid episodeId) =>
        _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().Where(t => t.EpisodeId == episodeId && t.Type == TaskType.OtherAuthorityNotification)
            .OrderBy(t => t.Title).ToListAsync());

    /// <summary>A duty to tell Somerset Council, as the engine raises it, on a new missing child's episode.</summary>
    private async Task<(HtmlClient Client, Guid ChildId, DutyTask Duty)> DutyAsync()
    {
        var (client, child, episodeId) = await MissingChildAsync();
        var duty = new DutyTask
        {
            ChildId = child.Id, EpisodeId = episodeId, Type = TaskType.OtherAuthorityNotification, RuleId = RuleIds.MissingFamily, DedupeKey = $"test/{Guid.NewGuid():N}",
            Title = "Tell Somerset Council that the family is missing", Partner = "Somerset Council", Status = DutyStatus.Open, RaisedAt = Now, DueAt = Now.AddHours(4),
            AssigneeRole = PolicyRole.FrontDoor,
        };
        await _app.WithDbAsync(db => { db.DutyTasks.Add(duty); return db.SaveChangesAsync(); });
        return (client, child.Id, duty);
    }

    [Fact]
    public async Task AFamilyMissingFromAnotherArea_EachAuthorityIsADuty_ClosedByRecordingWhoWasTold_AndShownOnTheTimeline()
    {
        var (client, child, episodeId) = await MissingChildAsync();
        var episodes = await client.GetAsync($"/children/{child.Id}/episodes");
        var areasLink = episodes.Document.QuerySelector($"[data-testid='episode-partners'] a[href='/children/{child.Id}/episodes/{episodeId}/other-areas']");
        Assert.NotNull(areasLink);
        var form = await client.GetAsync(areasLink.GetAttribute("href")!);

        var saved = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["MissingFromArea"] = "Bristol City Council",
            ["FoundInArea"] = "",
            ["FamilyMissing"] = "Yes",
            ["FamilyAuthorities"] = "Somerset Council\nBath and North East Somerset Council\nSomerset Council",
        });

        Assert.Equal($"/children/{child.Id}", saved.Location);
        var duties = await ToldDutiesAsync(episodeId);
        Assert.Equal(
            [
                ("Tell Bath and North East Somerset Council that the family is missing", RuleIds.MissingFamily),
                ("Tell Bristol City Council that the child went missing from their area", RuleIds.OtherAreaTold),
                ("Tell Somerset Council that the family is missing", RuleIds.MissingFamily),
            ],
            duties.Select(d => (d.Title, d.RuleId)));
        Assert.All(duties, d => Assert.Equal(PolicyRole.FrontDoor, d.AssigneeRole));

        var somerset = duties[2];
        var summary = await client.GetAsync($"/children/{child.Id}");
        var link = summary.Document.QuerySelector($"[data-testid='open-duties'] a[href='/children/{child.Id}/duties/{somerset.Id}/told']");
        Assert.NotNull(link);
        Assert.Contains("Record who was told", link.TextContent, StringComparison.Ordinal);
        var told = await client.GetAsync(link.GetAttribute("href")!);
        Assert.Contains("Somerset Council", told.Text, StringComparison.Ordinal);

        var result = await client.SubmitAsync(told, PartnerForms.When("ToldAt", Now.AddMinutes(-30))
            .With("PersonOrTeam", "Children's Front Door duty team").With("Method", nameof(ContactMethod.SecureEmail)));

        Assert.Equal($"/children/{child.Id}", result.Location);
        Assert.Equal(DutyStatus.Done, (await ToldDutiesAsync(episodeId))[2].Status);
        var record = await _app.WithDbAsync(db => db.PartnerRecords.AsNoTracking().SingleAsync(r => r.DutyTaskId == somerset.Id));
        Assert.Equal(("Somerset Council", "Children's Front Door duty team", ContactMethod.SecureEmail), (record.Recipient, record.PersonOrTeam, record.Method));
        var timeline = (await client.GetAsync($"/children/{child.Id}/episodes")).Document.QuerySelector("[data-testid='timeline']")!.TextContent;
        Assert.Contains("Somerset Council told", timeline, StringComparison.Ordinal);
        Assert.Contains("Children's Front Door duty team told by secure e-mail", timeline, StringComparison.Ordinal);
        Assert.Contains("Missing from Bristol City Council's area", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherAreas_AFamilyMissingWithNoAuthorityNamed_IsAnError_AndNothingIsSaved()
    {
        var (client, child, episodeId) = await MissingChildAsync();
        var form = await client.GetAsync($"/children/{child.Id}/episodes/{episodeId}/other-areas");

        var result = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["MissingFromArea"] = "Bristol City Council", ["FamilyMissing"] = "Yes", ["FamilyAuthorities"] = " \n ",
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Enter the other local authorities to tell that the family is missing, one on each line"], result.ErrorSummary);
        Assert.Equal("Bristol City Council", ((AngleSharp.Html.Dom.IHtmlInputElement)result.Document.QuerySelector("#MissingFromArea")!).Value);
        Assert.Empty(await ToldDutiesAsync(episodeId));
        Assert.Null(await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.OtherAreasRecordedAt).SingleAsync()));
    }

    [Theory]
    [InlineData("", "Phone", 1, "Enter the person or team who was told")]
    [InlineData("Duty team", "", 1, "Select how they were told")]
    [InlineData("Duty team", "Pigeon", 1, "Select how they were told")]
    [InlineData("Duty team", "Phone", null, "Enter when they were told")]
    [InlineData("Duty team", "Phone", -3, "When they were told must be in the past")]
    public async Task Told_BadInput_IsAnError_AndNothingIsSaved(string person, string method, int? hoursAgo, string message)
    {
        var (client, childId, duty) = await DutyAsync();
        var page = await client.GetAsync($"/children/{childId}/duties/{duty.Id}/told");

        var result = await client.SubmitAsync(page, PartnerForms.When("ToldAt", hoursAgo is { } h ? Now.AddHours(-h) : null)
            .With("PersonOrTeam", person).With("Method", method));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(DutyStatus.Open, await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Id == duty.Id).Select(t => t.Status).SingleAsync()));
        Assert.False(await _app.WithDbAsync(db => db.PartnerRecords.AnyAsync(r => r.DutyTaskId == duty.Id)));
    }

    [Theory]
    [InlineData(Roles.SocialWorker, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Education, HttpStatusCode.Forbidden)]
    [InlineData(Roles.RhiWorker, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Police, HttpStatusCode.Forbidden)]
    [InlineData(Roles.FrontDoor, HttpStatusCode.OK)]
    public async Task Told_WhoMayRecordIt(string role, HttpStatusCode expected)
    {
        var (_, childId, duty) = await DutyAsync();
        // The demo users: a social worker, an education officer and an RHI worker who do not work with this child; Front Door sees every child.
        var client = await _app.SignedInAsync(role);

        var page = await client.GetAsync($"/children/{childId}/duties/{duty.Id}/told");

        Assert.Equal(expected, page.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var result = await client.SubmitAsync(page, PartnerForms.When("ToldAt", Now.AddMinutes(-5)).With("PersonOrTeam", "Duty team").With("Method", "Phone"));
            Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
            Assert.True(await _app.WithDbAsync(db => db.PartnerRecords.AnyAsync(r => r.DutyTaskId == duty.Id)));
        }
    }
}

public sealed class OtherAuthorityToldTestsOnSqlite(SqliteAppFactory app) : OtherAuthorityToldTests(app), IClassFixture<SqliteAppFactory>;

public sealed class OtherAuthorityToldTestsOnPostgreSql(PostgreSqlAppFactory app) : OtherAuthorityToldTests(app), IClassFixture<PostgreSqlAppFactory>;
