using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: the looked-after child's choice of interviewer (R23).</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_Choice_WhenNothingSelected_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(14, lookedAfter: true);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Choice", new());

        Assert.Equal(["Select who the child wants to do their interview"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Choice_IndependentPerson_SetsThe24HourRequestDeadline()
    {
        var id = await _data.AllocatedRhiAsync(14, lookedAfter: true);
        var (client, page) = await OpenAsync(id);

        await SubmitAsync(client, page, "Choice", new() { ["Choice.Choice"] = "IndependentPerson" });

        var rhi = await _data.LoadAsync(id);
        Assert.Equal(InterviewerChoice.IndependentPerson, rhi.InterviewerChoice);
        Assert.Equal(_data.Now.AddHours(24), rhi.IndependentRequestDueAt);
        Assert.Null(rhi.IndependentRequestedAt);
        Assert.Contains("Ask the independent service by", (await client.GetAsync($"/rhi/{id}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rhi_ForAChildNotInOurCare_OffersNoChoice()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (_, page) = await OpenAsync(id);

        Assert.Null(page.Document.QuerySelector("form[action$='/choice']"));
    }
}
