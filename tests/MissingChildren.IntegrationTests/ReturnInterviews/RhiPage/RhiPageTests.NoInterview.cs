using System.Net;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: declined or no contact (R24).</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_NoInterview_WhenEmpty_ReturnsEachError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "NoInterview", new());

        Assert.Equal(
            new[] { "Select whether the interview was declined or there was no contact", "Enter the reasons the interview did not happen", "Enter the support offered" }.Order(),
            result.ErrorSummary.Order());
    }

    [Fact]
    public async Task Post_NoInterview_Declined_LeavesTheInterviewDateBlank()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "NoInterview", new()
        {
            ["NoInterview.Outcome"] = "Declined", ["NoInterview.Reasons"] = "Family say all is well.", ["NoInterview.SupportOffered"] = "Early help leaflet and contact number.",
            ["NoInterview.ParentsCarersViews"] = "Mum says he stayed at a friend's and is settled.",
        });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Declined, rhi.Status);
        Assert.Null(rhi.InterviewedAt);
        Assert.Equal("Early help leaflet and contact number.", rhi.SupportOffered);
        var shown = await client.GetAsync($"/rhi/{id}");
        Assert.Contains("Left blank (R24)", shown.Text, StringComparison.Ordinal);
        Assert.Equal("Mum says he stayed at a friend's and is settled.", shown.Document.QuerySelector("[data-testid='not-held-parents']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_NoInterview_DeclinedWithoutTheParentsViews_IsRefused_AndChangesNothing()
    {
        // R25 (001 §2.5): parents or carers are spoken with in every case, including when the child refuses.
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "NoInterview", new()
        {
            ["NoInterview.Outcome"] = "Declined", ["NoInterview.Reasons"] = "Did not want to talk.", ["NoInterview.SupportOffered"] = "Youth service details.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Enter what the parents or carers said: they are spoken with even when the interview is declined"], result.ErrorSummary);
        Assert.Equal(RhiStatus.Allocated, (await _data.LoadAsync(id)).Status);
    }
}
