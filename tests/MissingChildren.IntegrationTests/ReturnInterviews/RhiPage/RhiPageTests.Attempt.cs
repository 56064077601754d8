using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: contact attempts (R20).</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_Attempt_WhenEmpty_ReturnsEachError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Attempt", new());

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        // The summary's order comes from ModelState (shorter keys first), so only the messages are compared.
        Assert.Equal(
            new[] { "Enter when the attempt was made", "Select how you tried to make contact", "Select who you tried to contact", "Select what happened" }.Order(),
            result.ErrorSummary.Order());
        Assert.Equal("Enter when the attempt was made", result.FieldError("Attempt_At"));
        Assert.Empty((await _data.LoadAsync(id)).ContactAttempts);
    }

    [Fact]
    public async Task Post_Attempt_WhenNotARealDate_OrInTheFuture_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);
        var values = Attempt(_data.Now);
        values["Attempt.At.Day"] = "31";
        values["Attempt.At.Month"] = "2";

        var unreal = await SubmitAsync(client, page, "Attempt", values);
        var future = await SubmitAsync(client, page, "Attempt", Attempt(_data.Now.AddHours(2)));

        Assert.Equal(["When the attempt was made must be a real date and time"], unreal.ErrorSummary);
        Assert.Equal(["When the attempt was made must be in the past"], future.ErrorSummary);
    }

    [Fact]
    public async Task Post_Attempt_OnAnUnallocatedRhi_ReturnsError()
    {
        var id = await _data.RequestedRhiAsync();
        var (client, page) = await OpenAsync(id, Roles.TeamManager);
        Assert.Null(page.Document.QuerySelector("form[action$='/attempt']"));

        // Posted anyway (an old page): refused.
        var fake = await OpenAsync(await _data.AllocatedRhiAsync(), Roles.TeamManager);
        var form = fake.Page.Document.QuerySelector("form[action$='/attempt']")!;
        form.SetAttribute("action", $"/rhi/{id}/attempt");
        var version = (await _data.LoadAsync(id)).Version.ToString();
        var values = Attempt(_data.Now.AddHours(-1));
        values["Version"] = version;
        var result = await fake.Client.SubmitAsync(fake.Page, values, "form[action$='/attempt']");

        Assert.Equal(["Allocate the interview to a worker before recording contact attempts"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Attempt_Offered_RecordsItAndCompletesTheOfferDuty()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var first = await SubmitAsync(client, page, "Attempt", Attempt(_data.Now.AddMinutes(-30), "NoAnswer"));
        page = await client.GetAsync(first.Location!);
        var second = await SubmitAsync(client, page, "Attempt", Attempt(_data.Now.AddMinutes(-10), "InterviewOffered"));

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(2, rhi.ContactAttempts.Count);
        Assert.Equal(RhiStatus.Offered, rhi.Status);
        var offer = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == id && t.Type == TaskType.ReturnHomeInterview && t.RuleId == "R17"));
        Assert.Equal(DutyStatus.Done, offer.Status);
        var after = await client.GetAsync($"/rhi/{id}");
        Assert.Equal(2, after.Document.QuerySelectorAll("[data-testid=attempts] tbody tr").Length);
        Assert.Contains("Spoke to them: interview offered", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Attempt_WithAStaleVersion_ShowsTheConflictAndChangesNothing()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);
        await _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == id);
            rhi.InterviewerChoice = InterviewerChoice.SocialWorker;
            return await db.SaveChangesAsync();
        });

        var result = await SubmitAsync(client, page, "Attempt", Attempt(_data.Now.AddMinutes(-5)));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Single(result.ErrorSummary, e => e.StartsWith("Someone else changed this record", StringComparison.Ordinal));
        Assert.Empty((await _data.LoadAsync(id)).ContactAttempts);
        Assert.Equal("Phone", result.Document.QuerySelector("input[name='Attempt.Method'][checked]")?.GetAttribute("value"));
    }
}
