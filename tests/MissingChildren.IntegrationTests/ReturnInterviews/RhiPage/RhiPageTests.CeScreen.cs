using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: the CE screen (R28).</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_Ce_WhenNothingSelected_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Ce", new());

        Assert.Equal(["Select the outcome of the CE screen"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Ce_RecordsTheOutcome()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);

        await SubmitAsync(client, page, "Ce", new() { ["Ce.Outcome"] = "NoConcerns" });

        var rhi = await _data.LoadAsync(id);
        Assert.Equal(CeScreenOutcome.NoConcerns, rhi.CeScreenOutcome);
        Assert.Equal(_data.Now, rhi.CeScreenCompletedAt);
    }
}
