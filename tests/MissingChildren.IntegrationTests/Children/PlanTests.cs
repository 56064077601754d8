using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Plans;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>The trigger plan (001 Appendix 3) and prevention plan: the form, versions, the print page and the police API.</summary>
public abstract class PlanTests
{
    private readonly AppFactory _app;

    protected PlanTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private static Dictionary<string, string?> Plan(string background) => new()
    {
        ["Background"] = background,
        ["IfMissing"] = "Curfew 9pm. Ring her friend Amy, then grandmother, then report missing.",
        ["PoliceActions"] = "Speak slowly and give her time.",
        ["FrequentedPlaces"] = "Weston bus station",
        ["LinesOfEnquiry"] = "Check 12 High Street first",
        ["KnownAssociates"] = "Amy, 14, High Street",
        ["FamilyMembers"] = "Grandmother, Clevedon",
        ["Professionals"] = "Sam Social Worker, 01234 567890",
    };

    [Theory]
    [InlineData("trigger-plan", "Trigger plan")]
    [InlineData("prevention-plan", "Missing prevention plan")]
    public async Task Get_ShowsTheSectionsOfAppendix3(string slug, string title)
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{await _app.ChildIdAsync("P102")}/plans/{slug}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(title, page.Heading);
        foreach (var field in new[] { "Background", "IfMissing", "PoliceActions", "FrequentedPlaces", "LinesOfEnquiry", "KnownAssociates", "FamilyMembers", "Professionals" })
        {
            Assert.NotNull(page.Document.QuerySelector($"textarea#{field}"));
        }
    }

    [Fact]
    public async Task Get_UnknownPlanType_ReturnsNotFound()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{await _app.ChildIdAsync("P102")}/plans/holiday-plan");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Post_WhenNothingEntered_ReturnsErrors()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var form = await client.GetAsync($"/children/{await _app.ChildIdAsync("P102")}/plans/trigger-plan");

        var page = await client.SubmitAsync(form, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(
            new[] { "Enter the background", "Enter what carers or parents do if the child goes missing", "Enter the police actions and important information" }.Order(StringComparer.Ordinal),
            page.ErrorSummary.Order(StringComparer.Ordinal));
        Assert.Equal("Enter the background", page.FieldError("Background"));
    }

    [Fact]
    public async Task Post_SavesVersionsAndShowsTheFlagAndPrintPage()
    {
        var id = await _app.ChildIdAsync("P104");
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var first = await client.SubmitAsync(await client.GetAsync($"/children/{id}/plans/trigger-plan"), Plan("Risk of exploitation."));
        var second = await client.SubmitAsync(await client.GetAsync($"/children/{id}/plans/trigger-plan"), Plan("Risk of exploitation; new school."));

        Assert.Equal($"/children/{id}/plans", first.Location);
        Assert.Equal($"/children/{id}/plans", second.Location);
        var plans = await _app.WithDbAsync(db => db.Plans.Where(p => p.ChildId == id).OrderBy(p => p.VersionNumber).ToListAsync());
        Assert.Equal([1, 2], plans.Select(p => p.VersionNumber));
        Assert.False(plans[0].IsCurrent);
        Assert.Equal("Risk of exploitation.", plans[0].Background);
        Assert.True(plans[1].IsCurrent);
        Assert.Equal(PlanType.TriggerPlan, plans[1].Type);

        var tab = await client.GetAsync($"/children/{id}/plans");
        Assert.Contains("Version 2", tab.Document.QuerySelector("[data-testid=plans]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Trigger plan in place", tab.Document.QuerySelector("[data-testid=flags]")!.TextContent, StringComparison.Ordinal);

        var print = await client.GetAsync($"/children/{id}/plans/trigger-plan/print");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Null(print.Document.QuerySelector(".govuk-service-navigation"));
        Assert.Contains("Risk of exploitation; new school.", print.Text, StringComparison.Ordinal);
        Assert.Contains("Curfew 9pm", print.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PrintWithoutAPlan_ReturnsNotFound()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{await _app.ChildIdAsync("P102")}/plans/prevention-plan/print");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Post_WhenSomeoneElseSavedFirst_ShowsTheConflictAndKeepsTheInput()
    {
        var id = await _app.ChildIdAsync("P106");
        var worker = await _app.SignedInAsync(Roles.SocialWorker);
        var manager = await _app.SignedInAsync(Roles.TeamManager);
        var workersForm = await worker.GetAsync($"/children/{id}/plans/prevention-plan");
        await manager.SubmitAsync(await manager.GetAsync($"/children/{id}/plans/prevention-plan"), Plan("Manager's background"));

        var page = await worker.SubmitAsync(workersForm, Plan("Worker's background"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Someone else changed this record while you were working on it. Your changes have not been saved: they are shown below. Check the record, then save again."], page.ErrorSummary);
        Assert.Equal("Worker's background", page.Document.QuerySelector("#Background")!.TextContent);
        var plans = await _app.WithDbAsync(db => db.Plans.Where(p => p.ChildId == id).ToListAsync());
        Assert.Equal("Manager's background", Assert.Single(plans).Background);

        // Saving again after seeing the conflict is a deliberate change: it makes version 2.
        var again = await worker.SubmitAsync(page, Plan("Worker's background"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Api_TriggerPlan_ReturnsTheCurrentPlan()
    {
        var id = await _app.ChildIdAsync("P107");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        await client.SubmitAsync(await client.GetAsync($"/children/{id}/plans/trigger-plan"), Plan("Risk of exploitation."));

        var (response, body) = await _app.CreateApiClient(ApiClients.ReaderKey).GetJsonAsync("/api/v1/children/P107/trigger-plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("P107", body!["localId"]!.GetValue<string>());
        Assert.Equal(1, body["version"]!.GetValue<int>());
        Assert.Equal("Risk of exploitation.", body["background"]!.GetValue<string>());
        Assert.Equal("Curfew 9pm. Ring her friend Amy, then grandmother, then report missing.", body["ifMissing"]!.GetValue<string>());
        Assert.Equal("Amy, 14, High Street", body["knownAssociates"]!.GetValue<string>());
    }

    [Fact]
    public async Task Api_TriggerPlan_WhenNone_ReturnsNotFoundProblem()
    {
        var (response, body) = await _app.CreateApiClient().GetJsonAsync("/api/v1/children/P108/trigger-plan");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, body!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Api_TriggerPlan_WithoutAKey_ReturnsUnauthorized()
    {
        var (response, _) = await _app.CreateApiClient(key: null).GetJsonAsync("/api/v1/children/P107/trigger-plan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class PlanTestsOnSqlite(SqliteAppFactory app) : PlanTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PlanTestsOnPostgreSql(PostgreSqlAppFactory app) : PlanTests(app), IClassFixture<PostgreSqlAppFactory>;

/// <summary>A client whose scopes do not include <c>read</c> may not read a trigger plan.</summary>
public sealed class TriggerPlanScopeTests : IAsyncLifetime
{
    private readonly SqliteAppFactory _app = new();

    public async ValueTask InitializeAsync()
    {
        _app.With("Integration:Clients:0:Scopes", "notifications:write,children:write");
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Api_TriggerPlan_WithoutReadScope_ReturnsForbidden()
    {
        var (response, _) = await _app.CreateApiClient().GetJsonAsync("/api/v1/children/P107/trigger-plan");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
