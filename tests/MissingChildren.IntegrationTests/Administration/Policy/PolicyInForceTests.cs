using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Domain;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Duties;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.IntegrationTests.Administration.Policy;

/// <summary>
/// A change of policy applies to duties raised after it, on this node at once and on the others within the poll;
/// duties already raised keep their deadlines. Each test class has its own host: these tests change its policy.
/// </summary>
public abstract class PolicyInForceTests(AppFactory app)
{
    protected AppFactory App { get; } = app;

    private const string Reason = "Agreed at the missing children partnership board";

    private Task<DutyTask> OfferAsync(Guid episodeId) =>
        App.WithDbAsync(db => db.DutyTasks.AsNoTracking()
            .FirstAsync(t => t.EpisodeId == episodeId && t.RuleId == RuleIds.RhiOffer && t.Type == TaskType.ReturnHomeInterview));

    [Fact]
    public async Task AChangedSetting_ChangesTheDeadlineOfADutyRaisedAfter_ButNotOfOneRaisedBefore()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var data = new TestData(App);
        var before = await OfferAsync(await data.ReturnedAsync(await data.ChildAsync()));
        var client = await App.SignedInAsync(Roles.Administrator);
        var form = await client.GetAsync("/admin/policy/setting?path=returnInterview.offerWithinHours");

        var saved = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Value"] = "48", ["Reason"] = Reason }, "[data-testid=change-setting]");
        var after = await OfferAsync(await data.ReturnedAsync(await data.ChildAsync()));
        await App.SweepAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // Both children came home an hour ago: R17's 72 hours for the first, 48 for the second.
        Assert.Equal(TimeSpan.FromHours(24), before.DueAt - after.DueAt);
        Assert.Equal(before.DueAt, (await App.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == before.Id))).DueAt);
        Assert.Contains("48", after.DueExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchingProfile_ChangesWhatTheEngineRaisesForTheNextNotification()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var data = new TestData(App);
        var team = await data.TeamAsync();
        var northSomerset = await data.ReturnedAsync(await data.ChildAsync(involvement: "CIN", team: team));
        var client = await App.SignedInAsync(Roles.Administrator);
        var confirm = await client.GetAsync("/admin/policy/profile?profile=Somerset");
        Assert.Contains("Somerset Council", confirm.Document.QuerySelector("[data-testid=profile-changes]")!.TextContent, StringComparison.Ordinal);

        var switched = await client.SubmitAsync(confirm, new Dictionary<string, string?> { ["Reason"] = "The council adopted Somerset's protocol" }, "[data-testid=confirm-profile]");
        var somerset = await data.ReturnedAsync(await data.ChildAsync(involvement: "CIN", team: team));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        // R18: Somerset's social worker sees the child within 48 hours of the return (002); North Somerset sets no such duty.
        var contact = await App.WithDbAsync(db => db.DutyTasks.AsNoTracking()
            .Where(t => t.RuleId == RuleIds.SocialWorkerContact && (t.EpisodeId == northSomerset || t.EpisodeId == somerset))
            .Select(t => t.EpisodeId).ToListAsync());
        Assert.Equal([somerset], contact);
        var page = await client.GetAsync("/admin/policy");
        Assert.Contains("Somerset (Somerset)", page.Document.QuerySelector("[data-testid=policy-profile]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"By {DemoUsers.EmailFor(Roles.Administrator)}", page.Document.QuerySelector("[data-testid=policy-chosen]")!.TextContent, StringComparison.Ordinal);
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(PolicyChoice)).Select(a => a.Changes).ToListAsync());
        Assert.Contains(audit, c => c!.Contains("The council adopted Somerset", StringComparison.Ordinal));

        // Back to North Somerset, so the class's other tests keep the profile they expect.
        var back = await client.SubmitAsync(await client.GetAsync("/admin/policy/profile?profile=NorthSomerset"),
            new Dictionary<string, string?> { ["Reason"] = "Back to our own protocol" }, "[data-testid=confirm-profile]");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
    }

    public static readonly TheoryData<string?, string?, string> RefusedSwitches = new()
    {
        { null, "A reason", "Choose a profile" },
        { "Westminster", "A reason", "Choose a profile from the list" },
        { "NorthSomerset", "A reason", "North Somerset is already the profile in force: choose another" },
        { "Medway", "", "Enter why you are switching profile" },
    };

    [Theory]
    [MemberData(nameof(RefusedSwitches))]
    public async Task Post_ABadSwitch_ShowsTheMessageAndChangesNothing(string? profile, string? reason, string message)
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var client = await App.SignedInAsync(Roles.Administrator);
        var page = await client.GetAsync("/admin/policy/profile?profile=Medway");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Profile"] = profile ?? "", ["Reason"] = reason }, "[data-testid=confirm-profile]");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(0, await App.WithDbAsync(db => db.PolicyChoices.CountAsync(c => c.Reason == reason)));
    }

    [Fact]
    public async Task AnotherNodesChange_IsReadWithinThePoll()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var live = App.Services.GetRequiredService<LivePolicy>();
        Assert.Null(live.Current.Profile.Oversight.Escalation.ToDirectorAfterFurtherHours);

        // Another node saves a change: this node has not made it, so only its poll can see it.
        await AnotherNode.SavesOverrideAsync(App, "oversight.escalation.toDirectorAfterFurtherHours", "48");
        Assert.Null(live.Current.Profile.Oversight.Escalation.ToDirectorAfterFurtherHours);

        App.Clock.Advance(PolicyRefresher.PollInterval);
        for (var i = 0; i < 100 && live.Current.Profile.Oversight.Escalation.ToDirectorAfterFurtherHours is null; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(48, live.Current.Profile.Oversight.Escalation.ToDirectorAfterFurtherHours);
        Assert.Equal(await App.WithDbAsync(db => db.PolicyRevisions.MaxAsync(r => r.Id)), live.Current.Revision);
    }
}

public sealed class PolicyInForceTestsOnSqlite(SqliteAppFactory app) : PolicyInForceTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PolicyInForceTestsOnPostgreSql(PostgreSqlAppFactory app) : PolicyInForceTests(app), IClassFixture<PostgreSqlAppFactory>;
