using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: consent (R22).</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_Consent_WhenNothingSelected_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Consent", new());

        Assert.Equal(["Select whether consent was given"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Consent_RefusedWithoutReasons_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "no", ["Consent.GivenByName"] = "Sam Parent" });

        Assert.Equal(["Enter the reasons consent was refused"], result.ErrorSummary);
    }

    [Theory]
    [InlineData(14, "Enter the name of the parent or carer: a child under 16 needs a parent's or carer's consent")]
    [InlineData(16, "Enter the name of the child: at 16 or over the child gives their own consent")]
    public async Task Post_Consent_WithoutTheName_AsksForTheRightPerson(int age, string message)
    {
        var id = await _data.AllocatedRhiAsync(age);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "yes" });

        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(RhiStatus.Allocated, (await _data.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_Consent_Given_AcceptsAndSetsTheCompletionDeadline()
    {
        var id = await _data.AllocatedRhiAsync(14);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "yes", ["Consent.GivenByName"] = "Sam Parent" });

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Accepted, rhi.Status);
        Assert.Equal(_data.Now, rhi.AcceptedAt);
        Assert.Equal(rhi.OfferDueAt, rhi.CompleteDueAt); // North Somerset (001 §2.1): offered and completed within 72 hours of the return
        var consent = Assert.Single(rhi.ConsentRecords);
        Assert.Equal("ParentOrCarer: Sam Parent", consent.GivenBy);
        Assert.True(consent.Consented);
    }

    [Fact]
    public async Task Post_Consent_ForOurLookedAfterChild_IsAssumed()
    {
        var id = await _data.AllocatedRhiAsync(12, lookedAfter: true);
        var (client, page) = await OpenAsync(id);
        Assert.Null(page.Document.QuerySelector("#Consent_GivenByName"));
        Assert.Contains("Assumed: looked after by us", page.Text, StringComparison.Ordinal);

        await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "yes" });

        Assert.Equal("Assumed", Assert.Single((await _data.LoadAsync(id)).ConsentRecords).GivenBy);
    }

    [Fact]
    public async Task Post_Consent_Refused_DeclinesWithTheReasons()
    {
        var id = await _data.AllocatedRhiAsync(17);
        var (client, page) = await OpenAsync(id);

        await SubmitAsync(client, page, "Consent", new() { ["Consent.Consented"] = "no", ["Consent.GivenByName"] = "Casey", ["Consent.Reasons"] = "Does not want to talk about it." });

        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Declined, rhi.Status);
        Assert.Null(rhi.InterviewedAt);
        Assert.Equal("Does not want to talk about it.", rhi.NotHeldReasons);
        Assert.False(Assert.Single(rhi.ConsentRecords).Consented);
    }
}
