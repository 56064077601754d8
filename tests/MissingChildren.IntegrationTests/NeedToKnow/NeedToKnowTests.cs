using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using MissingChildren.Web.Pages.Children;
using Matrix = MissingChildren.Domain.Children.NeedToKnow;

namespace MissingChildren.IntegrationTests.NeedToKnow;

/// <summary>
/// The need-to-know matrix (docs/need-to-know.md) through the real pages, as a table of role × part of the record ×
/// read or change: every case-view role, signed in as someone who works with the child, sees a tab linked and opens it
/// only where it may read the tab's part (else 403), and opens a form and saves through it only where it may change the
/// form's part (else 403 and nothing saved). The matrix itself is pinned by NeedToKnowMatrixTests.
/// </summary>
public abstract class NeedToKnowTests
{
    private const string Refused = "You do not have access to this page";

    private readonly AppFactory _app;

    protected NeedToKnowTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    public static TheoryData<string> CaseViewRoles => [.. NeedToKnowScenario.CaseViewRoles];

    public static TheoryData<string, string> RolesAndTabs =>
        [.. NeedToKnowScenario.CaseViewRoles.SelectMany(role => CaseTabs.All.Select(tab => (role, tab.Title)))];

    public static TheoryData<string, string> RolesAndChanges =>
        [.. NeedToKnowScenario.CaseViewRoles.SelectMany(role => NeedToKnowChanges.All.Keys.Select(change => (role, change)))];

    [Theory]
    [MemberData(nameof(RolesAndTabs))]
    public async Task ATab_Opens_OnlyForARoleThatMayReadItsPart(string role, string title)
    {
        var scenario = await NeedToKnowScenario.OfAsync(_app);
        var client = await scenario.ClientAsync(role);
        var tab = CaseTabs.All.Single(t => t.Title == title);
        var mayRead = Matrix.For(role, tab.Part) >= PartAccess.Read;

        var page = await client.GetAsync(Links.Child(scenario.ChildId, tab.Slug));

        Assert.Equal(mayRead ? HttpStatusCode.OK : HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(mayRead ? scenario.ChildName : Refused, page.Heading);
    }

    [Theory]
    [MemberData(nameof(RolesAndChanges))]
    public async Task AChange_IsOpenedAndSaved_OnlyByARoleThatMayChangeItsPart(string role, string name)
    {
        var scenario = await NeedToKnowScenario.OfAsync(_app);
        var client = await scenario.ClientAsync(role);
        var change = NeedToKnowChanges.All[name];
        var mayChange = Matrix.For(role, change.Part) == PartAccess.Change;
        var path = change.Form(scenario.ChildId);

        var form = await client.GetAsync(path);

        Assert.Equal(mayChange ? HttpStatusCode.OK : HttpStatusCode.Forbidden, form.StatusCode);
        if (change.Fields is null || change.Saved is null)
        {
            return;
        }

        var marker = TestData.Unique($"By the {Roles.DisplayName(role).ToLowerInvariant()}: {name} ");
        var fields = change.Fields(scenario, marker);
        HtmlClient.Page result;
        if (mayChange)
        {
            result = await client.SubmitAsync(form, fields);
        }
        else
        {
            // Posted by hand: the person's own anti-forgery token (from a page they may open), sent to the form's address.
            var summary = await client.GetAsync(Links.Child(scenario.ChildId));
            summary.Document.QuerySelector("form.mc-header__sign-out")!.SetAttribute("action", path);
            result = await client.SubmitAsync(summary, fields, "form.mc-header__sign-out");
        }

        Assert.Equal(mayChange ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, result.StatusCode);
        Assert.Equal(mayChange, await _app.WithDbAsync(db => change.Saved(db, scenario.ChildId, marker)));
    }

    [Theory]
    [MemberData(nameof(CaseViewRoles))]
    public async Task TheCaseView_LinksTheTabsARoleMayRead_AndOffersTheActionsItMayTake_Only(string role)
    {
        var scenario = await NeedToKnowScenario.OfAsync(_app);
        var client = await scenario.ClientAsync(role);

        var summary = await client.GetAsync(Links.Child(scenario.ChildId));

        var linked = summary.Document.QuerySelectorAll(".moj-sub-navigation a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([.. CaseTabs.All.Where(t => Matrix.For(role, t.Part) >= PartAccess.Read).Select(t => t.Title)], linked);
        var buttons = summary.Document.QuerySelectorAll(".govuk-button-group a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(Matrix.For(role, RecordPart.CaseNotes) == PartAccess.Change, buttons.Contains("Add a case note"));
        Assert.Equal(Matrix.For(role, RecordPart.CaseNotes) == PartAccess.Change, buttons.Contains("Record social worker contact"));
        Assert.Equal(Matrix.For(role, RecordPart.Meetings) == PartAccess.Change, buttons.Contains("Record a meeting"));
        var duties = summary.Document.QuerySelector("[data-testid=open-duties]");
        Assert.NotNull(duties);
        // Where a duty is done on the child's record (record done, the contact, a meeting, a plan): only for those who may change duties.
        var recordDone = duties.QuerySelectorAll("a").Count(a => (a.GetAttribute("href") ?? "").StartsWith(Links.Child(scenario.ChildId), StringComparison.Ordinal));
        Assert.Equal(Matrix.For(role, RecordPart.Duties) == PartAccess.Change, recordDone > 0);
        Assert.Equal(Matrix.For(role, RecordPart.ReturnInterviews) >= PartAccess.Read, summary.Text.Contains("Last return home interview", StringComparison.Ordinal));
        if (Matrix.For(role, RecordPart.Plans) >= PartAccess.Read)
        {
            var plans = await client.GetAsync(Links.Child(scenario.ChildId, CaseTab.Plans));
            var links = plans.Document.QuerySelectorAll("[data-testid=plans] a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains(Links.PrintPlan(scenario.ChildId, "trigger-plan"), links);
            Assert.Equal(Matrix.For(role, RecordPart.Plans) == PartAccess.Change, links.Contains(Links.Plan(scenario.ChildId, "trigger-plan")));
            Assert.Equal(Matrix.For(role, RecordPart.PreventionPlan) == PartAccess.Change, links.Contains(Links.Plan(scenario.ChildId, "prevention-plan")));
        }
    }

    [Fact]
    public async Task AnRhiWorker_ReadsThePlanTheyNeed_AndLosesTheChild_OnceTheInterviewIsAuthorised()
    {
        var scenario = await NeedToKnowScenario.OfAsync(_app);
        var client = await scenario.ClientAsync(Roles.RhiWorker);
        var print = await client.GetAsync(Links.PrintPlan(scenario.ChildId, "trigger-plan"));
        var current = await _app.WithDbAsync(db => db.Plans.Where(p => p.ChildId == scenario.ChildId && p.IsCurrent && p.Type == Domain.Plans.PlanType.TriggerPlan).Select(p => p.Background).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Contains(current!, print.Text, StringComparison.Ordinal);

        var data = new TestData(_app);
        var worker = await data.WorkerAsync(Roles.RhiWorker);
        var child = await data.ChildAsync("CIN", await data.TeamAsync());
        var rhiId = await data.ReturnHomeInterviewOfAsync(await data.ReturnedAsync(child));
        await SetInterviewAsync(rhiId, worker.Id, RhiStatus.Allocated);
        var mine = await _app.SignedInAsync(worker);
        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync(Links.Child(child.Id, CaseTab.ReturnInterviews))).StatusCode);

        await SetInterviewAsync(rhiId, worker.Id, RhiStatus.Authorised);

        var after = await mine.GetAsync(Links.Child(child.Id, CaseTab.ReturnInterviews));
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Equal(Refused, after.Heading);
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.GetAsync(Links.PrintPlan(child.Id, "trigger-plan"))).StatusCode);
    }

    private Task<int> SetInterviewAsync(Guid rhiId, string workerId, RhiStatus status) =>
        _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId);
            rhi.AllocatedWorkerId = workerId;
            rhi.Status = status;
            return await db.SaveChangesAsync();
        });
}

public sealed class NeedToKnowTestsOnSqlite(SqliteAppFactory app) : NeedToKnowTests(app), IClassFixture<SqliteAppFactory>;

public sealed class NeedToKnowTestsOnPostgreSql(PostgreSqlAppFactory app) : NeedToKnowTests(app), IClassFixture<PostgreSqlAppFactory>;
