using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of a returned interview (R30): the manager's reason at the top, the record editable again, sent again.</summary>
public abstract partial class RhiPageTests
{
    /// <summary>An RHI held, screened and sent by its worker, then returned by the team manager through the decision page.</summary>
    private async Task<(HtmlClient Worker, Guid RhiId)> ReturnedAsync(string reason)
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (worker, page) = await OpenAsync(id);
        page = await worker.GetAsync((await SubmitAsync(worker, page, "Interview", Interview(_data.Now))).Location!);
        page = await worker.GetAsync((await SubmitAsync(worker, page, "Ce", new() { ["Ce.Outcome"] = "NoConcerns" })).Location!);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(worker, page, "Send", new())).StatusCode);

        var returned = await DecideAsync(id, new() { ["Decision"] = "Return", ["ReturnReason"] = reason });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        return (worker, id);
    }

    private async Task<HtmlClient.Page> DecideAsync(Guid rhiId, Dictionary<string, string?> decision)
    {
        var taskId = await _app.WithDbAsync(db => db.DutyTasks
            .Where(t => t.ReturnHomeInterviewId == rhiId && t.Type == TaskType.ManagerAuthorisation && t.Status == DutyStatus.Open).Select(t => t.Id).SingleAsync());
        var manager = _app.CreateHtmlClient();
        await manager.SignInAsync(Roles.TeamManager);
        return await manager.SubmitAsync(await manager.GetAsync($"/authorisations/{taskId}"), decision);
    }

    [Fact]
    public async Task Returned_ShowsTheManagersReasonAtTheTop_AndTheInterviewFormWithWhatWasRecorded()
    {
        var (worker, id) = await ReturnedAsync("Add what the parents said about the older friends.");

        var page = await worker.GetAsync($"/rhi/{id}");

        Assert.Equal("Add what the parents said about the older friends.", page.Document.QuerySelector("[data-testid=returned-reason]")!.TextContent.Trim());
        var manager = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.EmailFor(Roles.TeamManager)).Select(u => u.DisplayName).SingleAsync());
        Assert.Contains($"by {manager}.", page.Document.QuerySelector("[data-testid=returned]")!.TextContent, StringComparison.Ordinal); // by name, not e-mail
        var form = page.Document.QuerySelector(RhiTestData.Form("Interview"))!;
        Assert.Equal("Stayed with a friend after an argument at home.", form.QuerySelector("textarea[name='Interview.ChildAccount']")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector(RhiTestData.Form("NoInterview")));
        Assert.NotNull(page.Document.QuerySelector(RhiTestData.Form("Send")));
    }

    [Fact]
    public async Task Returned_PostInterview_WithoutWhatTheChildSaid_ReturnsErrorAndChangesNothing()
    {
        var (worker, id) = await ReturnedAsync("Add the parents' views.");
        var page = await worker.GetAsync($"/rhi/{id}");
        var values = Interview(_data.Now);
        values["Interview.ChildAccount"] = "";

        var result = await SubmitAsync(worker, page, "Interview", values);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.NotEmpty(result.ErrorSummary);
        Assert.Equal("Stayed with a friend after an argument at home.", (await _data.LoadAsync(id)).ChildAccount);
    }

    [Fact]
    public async Task Returned_TheWorkerCorrectsItAndSendsItAgain_AndTheManagerAuthorisesIt()
    {
        var (worker, id) = await ReturnedAsync("Add what the parents said about the older friends.");
        var page = await worker.GetAsync($"/rhi/{id}");
        var values = Interview(_data.Now);
        values["Interview.ParentsCarersViews"] = "Mother is worried about the older friends at the bus station.";

        var corrected = await SubmitAsync(worker, page, "Interview", values);

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal((RhiStatus.Completed, "Mother is worried about the older friends at the bus station."), (rhi.Status, rhi.ParentsCarersViews));
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ReturnHomeInterview) && a.EntityId == id.ToString() && a.Changes!.Contains("ParentsCarersViews"))));

        page = await worker.GetAsync(corrected.Location!);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(worker, page, "Send", new())).StatusCode);
        rhi = await _data.LoadAsync(id);
        Assert.Equal((RhiStatus.AwaitingAuthorisation, (string?)null), (rhi.Status, rhi.ReturnedReason));
        page = await worker.GetAsync($"/rhi/{id}");
        Assert.Null(page.Document.QuerySelector("[data-testid=returned]"));
        Assert.Null(page.Document.QuerySelector(RhiTestData.Form("Interview")));

        var authorised = await DecideAsync(id, new() { ["Decision"] = "Authorise", ["Outcome"] = "ContinueCurrentSupport", ["Rationale"] = "The parents' views are recorded now." });
        Assert.Equal(HttpStatusCode.Redirect, authorised.StatusCode);
        Assert.Equal(RhiStatus.Authorised, (await _data.LoadAsync(id)).Status);
    }
}
