using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.IntegrationTests.Administration.Policy;

/// <summary>
/// <c>/admin/policy</c> and <c>/admin/policy/setting</c> on the North Somerset profile: every setting with its protocol
/// text, a change kept as an override with who, when and why, checked by the profile's validator. Each test changes
/// its own setting: the class shares one host.
/// </summary>
public abstract class PolicySettingTests(AppFactory app)
{
    protected AppFactory App { get; } = app;

    private const string Reason = "Agreed at the missing children partnership board";

    private static string SettingUrl(string path) => $"/admin/policy/setting?path={Uri.EscapeDataString(path)}";

    private Task<PolicyOverride?> OverrideAsync(string path) =>
        App.WithDbAsync(db => db.PolicyOverrides.AsNoTracking().SingleOrDefaultAsync(o => o.Profile == "NorthSomerset" && o.Path == path));

    /// <summary>The policy a request starting now would read.</summary>
    private PolicyProfile ProfileNow()
    {
        using var scope = App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PolicyProfile>();
    }

    [Fact]
    public async Task Get_ShowsTheProfileAndEverySettingWithItsProtocolTextAndValueInWords()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var client = await App.SignedInAsync(Roles.Administrator);

        var page = await client.GetAsync("/admin/policy");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var profile = page.Document.QuerySelector("[data-testid=policy-profile]")!.TextContent;
        Assert.Contains("North Somerset (NorthSomerset)", profile, StringComparison.Ordinal);
        Assert.Contains("North Somerset Council", profile, StringComparison.Ordinal);
        Assert.Contains("001 North Somerset protocol for children missing from home or care", profile, StringComparison.Ordinal);
        Assert.Contains("From configuration", page.Document.QuerySelector("[data-testid=policy-chosen]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Core hours", "Intake", "Other authorities", "While missing", "Return interview", "After return", "Safeguarding", "Oversight", "Child exploitation risk assessment (SERAF)"],
            page.Document.QuerySelectorAll("main h2.govuk-heading-m").Select(h => h.TextContent.Trim()));
        Assert.Equal("72 hours", Value(page, "returnInterview.offerWithinHours"));
        Assert.Equal("Yes", Value(page, "intake.lookedAfterToAllocatedPractitioner"));
        Assert.Equal("No", Value(page, "whileMissing.alerts.headOfServiceAlertForLookedAfterAtOnce"));
        Assert.Equal("Return known", Value(page, "returnInterview.clockStartsAt"));
        Assert.Equal("Childs team", Value(page, "afterReturn.managerAuthorisation.rhiAuthorisedBy"));
        Assert.Equal(MissingChildren.Web.Features.Administration.Policy.PolicySettings.NotApplied, Value(page, "safeguarding.publicityDecision"));
        Assert.Equal("3 working days", Value(page, "returnInterview.independentPerson.tellManagerAfterWorkingDays"));
        Assert.Contains("R17 (001 §2.1): offered and completed within 72 hours.", page.Text, StringComparison.Ordinal);
        Assert.Equal(SettingUrl("returnInterview.offerWithinHours"), Row(page, "returnInterview.offerWithinHours").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Post_ANewValueWithAReason_IsInForceAtOnceAndShownWithWhoWhenWhyAndTheFilesValue()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        const string path = "returnInterview.formFollowUpAfterHours";
        var client = await App.SignedInAsync(Roles.Administrator);
        var form = await client.GetAsync(SettingUrl(path));
        Assert.Equal("72", form.Document.QuerySelector("#Value")!.GetAttribute("value"));

        var result = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Value"] = "96", ["Reason"] = Reason }, "[data-testid=change-setting]");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal("/admin/policy#returnInterview", result.Location);
        Assert.Equal(96, ProfileNow().ReturnInterview.FormFollowUpAfterHours);
        var stored = await OverrideAsync(path);
        Assert.Equal(("96", Reason, DemoUsers.EmailFor(Roles.Administrator)), (stored!.ValueJson, stored.Reason, stored.ChangedBy));
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(PolicyOverride) && a.EntityId == stored.Id.ToString()));
        Assert.Equal("Added", audit.Action);
        Assert.Contains(Reason, audit.Changes, StringComparison.Ordinal);

        var page = await client.GetAsync("/admin/policy");
        Assert.Equal("96 hours", Value(page, path));
        var change = Row(page, path).QuerySelector("[data-testid=setting-change]")!.TextContent;
        Assert.Contains($"By {DemoUsers.EmailFor(Roles.Administrator)} on Fri 20 Nov 2026", change, StringComparison.Ordinal);
        Assert.Contains(Reason, change, StringComparison.Ordinal);
        Assert.Contains("The profile file says: 72 hours.", change, StringComparison.Ordinal);
    }

    public static readonly TheoryData<string, Dictionary<string, string?>, string> Refused = new()
    {
        { "returnInterview.independentPerson.requestWithinHours", new() { ["Value"] = "", ["Reason"] = Reason }, "Enter the new value as a whole number" },
        { "returnInterview.independentPerson.requestWithinHours", new() { ["Value"] = "soon", ["Reason"] = Reason }, "The new value must be a whole number, like 72" },
        { "returnInterview.independentPerson.requestWithinHours", new() { ["Value"] = "0", ["Reason"] = Reason }, "returnInterview.independentPerson.requestWithinHours must be greater than zero (was 0)." },
        { "returnInterview.independentPerson.requestWithinHours", new() { ["Value"] = "12", ["Reason"] = "" }, "Enter why you are changing this setting" },
        { "returnInterview.outOfHours.askChildWhoDoesRhiWhenNextWorkingDayHoursFrom", new() { ["Value"] = "60", ["Reason"] = Reason }, "returnInterview.outOfHours: the 'ask the child' band must start before the 'EDT conducts' band." },
        { "returnInterview.parentsSpokenWithInEveryCase", new() { ["Value"] = "Maybe", ["Reason"] = Reason }, "Select yes or no" },
        { "returnInterview.clockStartsAt", new() { ["Value"] = "Tomorrow", ["Reason"] = Reason }, "Select the new value from the list" },
        { "coreHours.start", new() { ["Value"] = "9am", ["Reason"] = Reason }, "The new value must be a 24-hour time, like 09:00" },
        { "coreHours", new() { ["Start"] = "17:00", ["End"] = "09:00", ["Reason"] = Reason }, "coreHours.start must be before coreHours.end." },
        { "safeguarding.publicityDecision", new() { ["Value"] = "{ \"decidedBy\": ", ["Reason"] = Reason }, "The new value must be written as JSON, as in the profile file" },
        { "afterReturn.managerAuthorisation.outcomes", new() { ["Values"] = null, ["Reason"] = Reason }, "afterReturn.managerAuthorisation.outcomes must not be empty." },
        { "afterReturn.managerAuthorisation.outcomes", new() { ["Values"] = "SendFlowers", ["Reason"] = Reason }, "Select the new values from the list" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Post_BadInput_ShowsTheMessageKeepsTheInputAndSavesNothing(string path, Dictionary<string, string?> values, string message)
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var client = await App.SignedInAsync(Roles.Administrator);
        var form = await client.GetAsync(SettingUrl(path));
        var revisions = await App.WithDbAsync(db => db.PolicyRevisions.CountAsync());

        var result = await client.SubmitAsync(form, values, "[data-testid=change-setting]");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Contains(message, result.ErrorSummary);
        if (values.GetValueOrDefault("Value") is { Length: > 0 } typed && result.Document.QuerySelector("input[type=text]#Value, textarea#Value") is { } input)
        {
            Assert.Equal(typed.Trim(), (input.GetAttribute("value") ?? input.TextContent).Trim());
        }

        Assert.Null(await OverrideAsync(path));
        Assert.Equal(revisions, await App.WithDbAsync(db => db.PolicyRevisions.CountAsync()));
    }

    [Fact]
    public async Task Post_AfterSomeoneElseChangedTheSameSetting_IsAConflictThatKeepsTheInput()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        const string path = "returnInterview.independentPerson.followUpAfterHours";
        var first = await App.SignedInAsync(Roles.Administrator);
        var second = await App.SignedInAsync(Roles.Administrator);
        var firstForm = await first.GetAsync(SettingUrl(path));
        var secondForm = await second.GetAsync(SettingUrl(path));
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Value"] = "48", ["Reason"] = Reason }, "[data-testid=change-setting]")).StatusCode);

        var result = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Value"] = "60", ["Reason"] = "A later decision" }, "[data-testid=change-setting]");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([EditConflict.Message], result.ErrorSummary);
        Assert.Equal("60", result.Document.QuerySelector("#Value")!.GetAttribute("value"));
        Assert.Equal("48 hours", result.Document.QuerySelector("[data-testid=setting-in-force]")!.TextContent.Trim());
        Assert.Equal("48", (await OverrideAsync(path))!.ValueJson);

        // Having seen the other change, the second administrator saves again.
        var again = await second.SubmitAsync(result, new Dictionary<string, string?> { ["Value"] = "60", ["Reason"] = "A later decision" }, "[data-testid=change-setting]");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("60", (await OverrideAsync(path))!.ValueJson);
        Assert.Equal(60, ProfileNow().ReturnInterview.IndependentPerson!.FollowUpAfterHours);
    }

    [Fact]
    public async Task Post_UseTheProfilesValue_NeedsAReasonThenRemovesTheOverride()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        const string path = "afterReturn.triggerPlan.considerFromEpisodes";
        var client = await App.SignedInAsync(Roles.Administrator);
        await client.SubmitAsync(await client.GetAsync(SettingUrl(path)), new Dictionary<string, string?> { ["Value"] = "3", ["Reason"] = Reason }, "[data-testid=change-setting]");
        Assert.Equal(3, ProfileNow().AfterReturn.TriggerPlan!.ConsiderFromEpisodes);
        var form = await client.GetAsync(SettingUrl(path));

        var refused = await client.SubmitAsync(form, new Dictionary<string, string?> { ["ResetReason"] = "" }, "[data-testid=reset-setting]");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter why you are going back to the profile's value"], refused.ErrorSummary);
        Assert.NotNull(await OverrideAsync(path));

        var result = await client.SubmitAsync(refused, new Dictionary<string, string?> { ["ResetReason"] = "The board reversed its decision" }, "[data-testid=reset-setting]");

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Null(await OverrideAsync(path));
        Assert.Equal(2, ProfileNow().AfterReturn.TriggerPlan!.ConsiderFromEpisodes);
        var page = await client.GetAsync("/admin/policy");
        Assert.Equal("2", Value(page, path));
        Assert.Null(Row(page, path).QuerySelector("[data-testid=setting-change]"));
        var actions = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(PolicyOverride)).Select(a => new { a.Action, a.Changes }).ToListAsync());
        Assert.Contains(actions, a => a.Action == "Modified" && a.Changes!.Contains("The board reversed its decision", StringComparison.Ordinal));
        Assert.Contains(actions, a => a.Action == "Deleted");
    }

    [Fact]
    public async Task AnOverrideThatNoLongerBinds_IsSkippedLoggedAndShownAsNotApplied()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        // As after a release that renamed the setting: stored by an earlier version, read by this one.
        await AnotherNode.SavesOverrideAsync(App, "returnInterview.interviewWithinHours", "24");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LivePolicy>().RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), default);
        }

        var client = await App.SignedInAsync(Roles.Administrator);
        var page = await client.GetAsync("/admin/policy");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var warning = page.Document.QuerySelector("[data-testid=policy-not-applied]")!.TextContent;
        Assert.Contains("1 change made here is not applied", warning, StringComparison.Ordinal);
        Assert.Contains("returnInterview.interviewWithinHours", page.Text, StringComparison.Ordinal);
        Assert.Contains("The profile has no setting returnInterview.interviewWithinHours.", page.Text, StringComparison.Ordinal);
        Assert.Equal("72 hours", Value(page, "returnInterview.offerWithinHours"));

        var setting = await client.GetAsync(SettingUrl("returnInterview.interviewWithinHours"));
        Assert.Equal(HttpStatusCode.OK, setting.StatusCode);
        Assert.NotNull(setting.Document.QuerySelector("[data-testid=setting-not-applied]"));
        var removed = await client.SubmitAsync(setting, new Dictionary<string, string?> { ["ResetReason"] = "Renamed in this release" }, "[data-testid=reset-setting]");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await client.GetAsync("/admin/policy")).Document.QuerySelector("[data-testid=policy-not-applied]"));
    }

    [Fact]
    public async Task Get_ASettingTheProfileDoesNotHave_IsNotFound()
    {
        AppFactory.SkipUnlessAvailable(App.Provider);
        var client = await App.SignedInAsync(Roles.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(SettingUrl("returnInterview.noSuchSetting"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(SettingUrl("whileMissing.longMissingReviews[0].chair"))).StatusCode);
    }

    private static AngleSharp.Dom.IElement Row(HtmlClient.Page page, string path) =>
        page.Document.QuerySelector($"[data-path='{path}']") ?? throw new InvalidOperationException($"No row for {path}");

    private static string Value(HtmlClient.Page page, string path) =>
        Row(page, path).QuerySelector("[data-testid=setting-value]")!.TextContent.Trim();
}

public sealed class PolicySettingTestsOnSqlite(SqliteAppFactory app) : PolicySettingTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PolicySettingTestsOnPostgreSql(PostgreSqlAppFactory app) : PolicySettingTests(app), IClassFixture<PostgreSqlAppFactory>;
