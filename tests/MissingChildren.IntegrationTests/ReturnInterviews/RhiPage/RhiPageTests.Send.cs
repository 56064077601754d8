using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: send for authorisation (R30).</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_Send_BeforeTheInterviewIsConcluded_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);
        Assert.Null(page.Document.QuerySelector("form[action$='/send']"));
        var form = page.Document.QuerySelector("form[action$='/ce-screen']")!;
        form.SetAttribute("action", $"/rhi/{id}/send");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), "form[action$='/send']");

        Assert.Equal(["Record the interview, or that it was declined or there was no contact, before sending it for authorisation"], result.ErrorSummary);
        Assert.Equal("Send", result.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href")!.TrimStart('#'));
    }

    [Fact]
    public async Task Post_Send_WithoutTheCeScreen_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);
        var interviewed = await SubmitAsync(client, page, "Interview", Interview(_data.Now));
        page = await client.GetAsync(interviewed.Location!);

        var result = await SubmitAsync(client, page, "Send", new());

        Assert.Equal(["Complete the CE screen before sending the interview for authorisation"], result.ErrorSummary);
        Assert.Equal(RhiStatus.Completed, (await _data.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_Send_RaisesTheManagerAuthorisationDuty()
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);
        page = await client.GetAsync((await SubmitAsync(client, page, "Interview", Interview(_data.Now))).Location!);
        page = await client.GetAsync((await SubmitAsync(client, page, "Ce", new() { ["Ce.Outcome"] = "NoConcerns" })).Location!);

        var result = await SubmitAsync(client, page, "Send", new());

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.AwaitingAuthorisation, rhi.Status);
        Assert.Equal(_data.Now, rhi.SentForAuthorisationAt);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == id && t.Type == TaskType.ManagerAuthorisation));
        Assert.Equal("R30", duty.RuleId);
        Assert.Equal(PolicyRole.TeamManager, duty.AssigneeRole);
        // R30 (001 §3.5): North Somerset's authoriser is the child's own team manager, here Corporate Parenting's.
        Assert.Equal(await _app.WithDbAsync(db => db.Children.Where(c => c.Id == rhi.ChildId).Select(c => c.AllocatedTeamId).SingleAsync()), duty.AssigneeTeamId);
        Assert.True(duty.DueAt > _data.Now);
        var after = await client.GetAsync(result.Location!);
        Assert.Contains("Sent to the team manager for authorisation", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("form[action$='/send']"));
    }
}
