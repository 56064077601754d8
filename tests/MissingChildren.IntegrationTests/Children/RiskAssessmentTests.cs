using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Time;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>The SERAF Child Exploitation risk assessment (001 Appendix 2; R28, R30) on the case view.</summary>
public abstract class RiskAssessmentTests
{
    private readonly AppFactory _app;

    protected RiskAssessmentTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    /// <summary>V1, V2, M1 (1 each), S1 6–12 months ago (1) and S2 in the past 6 months (5): 9, Category 2 in the profile.</summary>
    private static Dictionary<string, string?> Ticks() => new()
    {
        ["Vulnerabilities[0]"] = "V1",
        ["Vulnerabilities[1]"] = "V2",
        ["ModerateIndicators[0]"] = "M1",
        ["SignificantRecent[0]"] = "S1",
        ["SignificantCurrent[0]"] = "S2",
    };

    [Fact]
    public async Task Get_New_ShowsEveryItemOfTheFormAndTheCategories()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);

        var page = await client.GetAsync($"/children/{await _app.ChildIdAsync("P102")}/risk-assessments/new");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(11, page.Document.QuerySelectorAll("input[name=Vulnerabilities]").Length);
        Assert.Equal(10, page.Document.QuerySelectorAll("input[name=ModerateIndicators]").Length);
        Assert.Equal(9, page.Document.QuerySelectorAll("input[name=SignificantRecent]").Length);
        Assert.Equal(9, page.Document.QuerySelectorAll("input[name=SignificantCurrent]").Length);
        Assert.Equal(4, page.Document.QuerySelectorAll("input[name=AssessorCategory]").Length);
        Assert.Contains("Suggested for a score of 6 to 10", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Draft_ComputesTheScoreAndSuggestedCategoryFromTheProfileWeights()
    {
        var id = await _app.ChildIdAsync("P102");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var form = await client.GetAsync($"/children/{id}/risk-assessments/new");

        var result = await client.SubmitAsync(form, Ticks().With(new Dictionary<string, string?> { ["action"] = "draft" }));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var saved = await _app.WithDbAsync(db => db.RiskAssessments.SingleAsync(r => r.ChildId == id));
        Assert.Equal(9, saved.Score);
        Assert.Equal("Category2", saved.SuggestedCategory);
        Assert.Equal(RiskAssessmentStatus.Draft, saved.Status);
        var page = await client.GetAsync(result.Location!);
        Assert.Equal("9", page.Document.QuerySelector("[data-testid=seraf-score]")!.TextContent.Trim());
        Assert.Equal("Category 2: mild risk", page.Document.QuerySelector("[data-testid=seraf-suggested]")!.TextContent.Trim());
        Assert.Equal("Version 1 saved as a draft", page.Document.QuerySelector("[data-testid=success] .govuk-notification-banner__heading")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("input[name=SignificantCurrent][value=S2][checked]"));
    }

    [Fact]
    public async Task Post_Send_WhenCategoryAndConcernMissing_ReturnsErrors()
    {
        var id = await _app.ChildIdAsync("P104");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var form = await client.GetAsync($"/children/{id}/risk-assessments/new");

        var page = await client.SubmitAsync(form, Ticks().With(new Dictionary<string, string?> { ["action"] = "send" }));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(
            new[] { "Enter the principal area of concern", "Select the risk category" },
            page.ErrorSummary.Order(StringComparer.Ordinal));
        Assert.Equal("Select the risk category", page.FieldError("AssessorCategory"));
        Assert.Equal(0, await _app.WithDbAsync(db => db.RiskAssessments.CountAsync(r => r.ChildId == id)));
    }

    [Fact]
    public async Task Post_WhenCategoryDiffersWithoutRationale_ReturnsErrorAndKeepsTheTicks()
    {
        var id = await _app.ChildIdAsync("P104");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var form = await client.GetAsync($"/children/{id}/risk-assessments/new");

        var page = await client.SubmitAsync(form, Ticks().With(new Dictionary<string, string?>
        {
            ["AssessorCategory"] = "Category4", ["PrincipalConcern"] = "Older associates", ["action"] = "send",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Explain why your category differs from the suggested one"], page.ErrorSummary);
        Assert.Equal("Explain why your category differs from the suggested one", page.FieldError("CategoryRationale"));
        Assert.NotNull(page.Document.QuerySelector("input[name=Vulnerabilities][value=V2][checked]"));
        Assert.NotNull(page.Document.QuerySelector("input[name=AssessorCategory][value=Category4][checked]"));
    }

    [Fact]
    public async Task Post_WhenCategoryDiffersWithRationale_KeepsTheAssessorsCategory()
    {
        var id = await _app.ChildIdAsync("P106");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var form = await client.GetAsync($"/children/{id}/risk-assessments/new");

        await client.SubmitAsync(form, Ticks().With(new Dictionary<string, string?>
        {
            ["AssessorCategory"] = "Category4", ["CategoryRationale"] = "Seen getting into cars with adults twice this week", ["action"] = "draft",
        }));

        var saved = await _app.WithDbAsync(db => db.RiskAssessments.SingleAsync(r => r.ChildId == id));
        Assert.Equal("Category2", saved.SuggestedCategory);
        Assert.Equal("Category4", saved.AssessorCategory);
        Assert.Equal("Seen getting into cars with adults twice this week", saved.CategoryRationale);
    }

    [Fact]
    public async Task Post_UnknownItem_ReturnsError()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var form = await client.GetAsync($"/children/{await _app.ChildIdAsync("P104")}/risk-assessments/new");

        var page = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Vulnerabilities[0]"] = "V99", ["action"] = "draft" });

        Assert.Equal(["Select vulnerabilities from the list"], page.ErrorSummary);
    }

    [Fact]
    public async Task Post_Send_RaisesTheR30ManagerAuthorisationDueInTwoWorkingDays()
    {
        var id = await _app.ChildIdAsync("P107");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var form = await client.GetAsync($"/children/{id}/risk-assessments/new");

        var result = await client.SubmitAsync(form, Ticks().With(new Dictionary<string, string?>
        {
            ["AssessorCategory"] = "Category2", ["PrincipalConcern"] = "Older associates", ["action"] = "send",
        }));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var saved = await _app.WithDbAsync(db => db.RiskAssessments.SingleAsync(r => r.ChildId == id));
        Assert.Equal(RiskAssessmentStatus.AwaitingAuthorisation, saved.Status);
        Assert.Equal(Now, saved.SentForAuthorisationAt);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ChildId == id && t.Type == TaskType.ManagerAuthorisation));
        var team = await _app.WithDbAsync(db => db.Children.Where(c => c.Id == id).Select(c => c.AllocatedTeamId).SingleAsync());
        var calendar = _app.Services.GetRequiredService<WorkingCalendar>();
        Assert.Equal("R30", duty.RuleId);
        Assert.Equal(PolicyRole.TeamManager, duty.AssigneeRole);
        Assert.Equal(team, duty.AssigneeTeamId);
        Assert.Equal(calendar.AddWorkingDays(Now, RiskAssessment.AuthorisationWorkingDays), duty.DueAt);
        Assert.Equal(DutyStatus.Open, duty.Status);

        var page = await client.GetAsync(result.Location!);
        Assert.Equal("Awaiting authorisation", page.Document.QuerySelector("[data-testid=seraf-status]")!.TextContent.Trim());
        var summary = await client.GetAsync($"/children/{id}");
        Assert.Contains("CE risk: Category 2: mild risk", summary.Document.QuerySelector("[data-testid=flags]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EditingASentAssessment_MakesANewVersionAndKeepsTheOld()
    {
        var id = await _app.ChildIdAsync("P108");
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var sent = await client.SubmitAsync(await client.GetAsync($"/children/{id}/risk-assessments/new"), Ticks().With(new Dictionary<string, string?>
        {
            ["AssessorCategory"] = "Category2", ["PrincipalConcern"] = "Older associates", ["action"] = "send",
        }));
        var first = await client.GetAsync(sent.Location!);

        var edited = await client.SubmitAsync(first, Ticks().With(new Dictionary<string, string?>
        {
            ["ModerateIndicators[1]"] = "M2", ["AssessorCategory"] = "Category2", ["PrincipalConcern"] = "Older associates and calls", ["action"] = "draft",
        }));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.NotEqual(sent.Location, edited.Location);
        var versions = await _app.WithDbAsync(db => db.RiskAssessments.Where(r => r.ChildId == id).OrderBy(r => r.VersionNumber).ToListAsync());
        Assert.Equal(2, versions.Count);
        Assert.Equal(versions[0].SeriesId, versions[1].SeriesId);
        Assert.Equal(RiskAssessmentStatus.AwaitingAuthorisation, versions[0].Status);
        Assert.False(versions[0].IsCurrent);
        Assert.Equal(9, versions[0].Score);
        Assert.Equal("Older associates", versions[0].PrincipalConcern);
        Assert.Equal(RiskAssessmentStatus.Draft, versions[1].Status);
        Assert.True(versions[1].IsCurrent);
        Assert.Equal(10, versions[1].Score);
        var tab = await client.GetAsync($"/children/{id}/risk-assessments");
        Assert.Equal(2, tab.Document.QuerySelectorAll("[data-testid=risk-assessments] tbody tr").Length);
    }

    [Fact]
    public async Task Post_WhenSomeoneElseSavedFirst_ShowsTheConflictAndKeepsTheInput()
    {
        var id = await _app.ChildIdAsync("P109");
        var worker = await _app.SignedInAsync(Roles.SocialWorker);
        var draft = await worker.SubmitAsync(await worker.GetAsync($"/children/{id}/risk-assessments/new"), Ticks().With(new Dictionary<string, string?> { ["action"] = "draft" }));
        var workersForm = await worker.GetAsync(draft.Location!);
        var manager = await _app.SignedInAsync(Roles.TeamManager);
        await manager.SubmitAsync(await manager.GetAsync(draft.Location!), Ticks().With(new Dictionary<string, string?> { ["PrincipalConcern"] = "Manager's view", ["action"] = "draft" }));

        var page = await worker.SubmitAsync(workersForm, Ticks().With(new Dictionary<string, string?> { ["PrincipalConcern"] = "Worker's view", ["action"] = "draft" }));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Someone else changed this record while you were working on it. Your changes have not been saved: they are shown below. Check the record, then save again."], page.ErrorSummary);
        Assert.Equal("Worker's view", page.Document.QuerySelector("#PrincipalConcern")!.TextContent);
        var saved = await _app.WithDbAsync(db => db.RiskAssessments.SingleAsync(r => r.ChildId == id));
        Assert.Equal("Manager's view", saved.PrincipalConcern);
    }
}

public sealed class RiskAssessmentTestsOnSqlite(SqliteAppFactory app) : RiskAssessmentTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RiskAssessmentTestsOnPostgreSql(PostgreSqlAppFactory app) : RiskAssessmentTests(app), IClassFixture<PostgreSqlAppFactory>;
