using System.Net;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>
/// Every change to a child's record is confirmed by one GOV.UK success banner on the page it leads to, saying what
/// was done (not the child's details), shown once: the next visit to the page has none.
/// </summary>
public abstract class SuccessBannerTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected SuccessBannerTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    [Fact]
    public async Task CaseNote_Added_TheNotesTabSaysSo_Once()
    {
        var (client, childId) = await _app.ReturnedChildOfAWorkerAsync(_data);

        var saved = await client.SubmitAsync(await client.GetAsync($"/children/{childId}/notes/new"),
            new Dictionary<string, string?> { ["NoteTitle"] = "Home visit", ["Text"] = "Seen at home with her carer." });

        await AssertBannerOnceAsync(client, saved, "Case note added");
    }

    [Fact]
    public async Task SocialWorkerContact_Recorded_SaysSo()
    {
        var (client, childId) = await _app.ReturnedChildOfAWorkerAsync(_data);

        var saved = await client.SubmitAsync(await client.GetAsync($"/children/{childId}/social-worker-contact"),
            CaseData.DateTime("ContactAt", Now.AddMinutes(-30)).With(new Dictionary<string, string?> { ["Summary"] = "Talked at home." }));

        await AssertBannerOnceAsync(client, saved, "Social worker contact recorded");
    }

    [Fact]
    public async Task TriggerPlan_Saved_SaysWhichPlan()
    {
        var (client, childId) = await _app.ReturnedChildOfAWorkerAsync(_data);

        var saved = await client.SubmitAsync(await client.GetAsync($"/children/{childId}/plans/trigger-plan"), new Dictionary<string, string?>
        {
            ["Background"] = "Risk of exploitation.", ["IfMissing"] = "Ring her friend, then report missing.", ["PoliceActions"] = "Give her time.",
            ["FrequentedPlaces"] = "The bus station", ["LinesOfEnquiry"] = "Her friend's address", ["KnownAssociates"] = "A friend, 14",
            ["FamilyMembers"] = "Grandmother", ["Professionals"] = "Her social worker",
        });

        await AssertBannerOnceAsync(client, saved, "Trigger plan saved");
    }

    [Fact]
    public async Task Meeting_Recorded_SaysWhichMeeting()
    {
        var (client, childId) = await _app.ReturnedChildOfAWorkerAsync(_data);

        var saved = await client.SubmitAsync(await client.GetAsync($"/children/{childId}/meetings/new"),
            CaseData.DateTime("HeldAt", Now.AddMinutes(-30)).With(new Dictionary<string, string?>
            {
                ["Type"] = "ProfessionalsMeeting", ["Attendees"] = "Social worker, school", ["RiskFactors"] = "None new", ["Actions"] = "Review in a month",
            }));

        await AssertBannerOnceAsync(client, saved, "Professionals meeting recorded");
    }

    [Fact]
    public async Task Found_Recorded_SaysSo()
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var child = await _data.ChildAsync(involvement: "CLA", worker: worker);
        await _data.MissingAsync(child, hoursAgo: 5);
        var client = await _app.SignedInAsync(worker);

        var saved = await client.SubmitAsync(await client.GetAsync($"/children/{child.Id}/found"),
            CaseData.DateTime("FoundAt", Now.AddHours(-1)).With(new Dictionary<string, string?>
            {
                ["FoundLocation"] = "Weston bus station", ["FoundBy"] = "Police", ["SafeAndWellCheckDone"] = "Yes", ["SafeAndWellCheck"] = "No injuries.",
            }));

        await AssertBannerOnceAsync(client, saved, "Return recorded: the child is no longer missing");
    }

    /// <summary>The change redirected; the page it leads to has exactly one success banner, with these words; the next visit has none.</summary>
    private static async Task AssertBannerOnceAsync(HtmlClient client, HtmlClient.Page saved, string words)
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var next = await client.GetAsync(saved.Location!);
        var banner = Assert.Single(next.Document.QuerySelectorAll(".govuk-notification-banner--success"));
        Assert.Equal("alert", banner.GetAttribute("role"));
        Assert.Equal(words, banner.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
        Assert.Empty((await client.GetAsync(saved.Location!)).Document.QuerySelectorAll(".govuk-notification-banner--success"));
    }
}

public sealed class SuccessBannerTestsOnSqlite(SqliteAppFactory app) : SuccessBannerTests(app), IClassFixture<SqliteAppFactory>;

public sealed class SuccessBannerTestsOnPostgreSql(PostgreSqlAppFactory app) : SuccessBannerTests(app), IClassFixture<PostgreSqlAppFactory>;
