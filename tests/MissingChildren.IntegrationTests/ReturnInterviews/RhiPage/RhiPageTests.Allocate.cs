using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: allocating the interview (R19).</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_Allocate_WhenNoWorkerSelected_ReturnsError()
    {
        var id = await _data.RequestedRhiAsync();
        var (client, page) = await OpenAsync(id, Roles.TeamManager);

        var result = await SubmitAsync(client, page, "Allocate", new() { ["Allocate.WorkerId"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Select who will do the interview"], result.ErrorSummary);
        Assert.StartsWith("Error: ", result.Title, StringComparison.Ordinal);
        Assert.Equal(RhiStatus.Requested, (await _data.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_Allocate_AsManager_AllocatesToTheWorkerAndTheirOfferDuty()
    {
        var id = await _data.RequestedRhiAsync();
        var (client, page) = await OpenAsync(id, Roles.TeamManager);
        var workerId = page.Document.QuerySelector("#Allocate_WorkerId option[value]:not([value=''])")!.GetAttribute("value");

        var result = await SubmitAsync(client, page, "Allocate", new() { ["Allocate.WorkerId"] = workerId });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Allocated, rhi.Status);
        Assert.Equal(workerId, rhi.AllocatedWorkerId);
        var offer = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == id && t.Type == TaskType.ReturnHomeInterview && t.RuleId == RuleIds.RhiOffer));
        Assert.Equal(workerId, offer.AssigneeUserId);

        // R5 (001 §1.5): a child not known to services: seeking the parent's consent follows the interview to its worker too.
        var consent = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == id && t.RuleId == RuleIds.NotOpenShortMissing));
        Assert.Equal(workerId, consent.AssigneeUserId);
        var after = await client.GetAsync(result.Location!);
        Assert.Contains("Interview allocated", after.Text, StringComparison.Ordinal);
        Assert.Contains("Rory Interview Worker", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rhi_AsRhiWorker_HasNoAllocateForm()
    {
        var id = await _data.AllocatedRhiAsync();
        var (_, page) = await OpenAsync(id);

        Assert.Null(page.Document.QuerySelector("form[action$='/allocate']"));
    }
}
