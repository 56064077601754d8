using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>The RHI tests of one form: the interview.</summary>
public abstract partial class RhiPageTests
{
    [Fact]
    public async Task Post_Interview_BeforeConsent_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync();
        var (client, page) = await OpenAsync(id);
        Assert.Null(page.Document.QuerySelector("form[action$='/interview']"));
        var accepted = await OpenAsync(await _data.AllocatedRhiAsync(status: RhiStatus.Accepted));
        accepted.Page.Document.QuerySelector("form[action$='/interview']")!.SetAttribute("action", $"/rhi/{id}/interview");
        var values = Interview(_data.Now);
        values["Version"] = (await _data.LoadAsync(id)).Version.ToString();

        var result = await accepted.Client.SubmitAsync(accepted.Page, values, "form[action$='/interview']");

        Assert.Equal(["Record consent to the interview before recording the interview"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Interview_WhenEmpty_ReturnsEachError()
    {
        var id = await _data.AllocatedRhiAsync(status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Interview", new());

        Assert.Equal(
            new[]
            {
                "Enter the date and time of the interview", "Enter where the interview took place", "Enter who was present", "Enter what the child said",
                "Enter the parents' or carers' views: they are spoken with in every case", "Enter the risks found, or 'None found'",
                "Select whether the child agrees to the outcome being shared",
            }.Order(),
            result.ErrorSummary.Order());
        Assert.Equal(RhiStatus.Accepted, (await _data.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_Interview_InTheFuture_ReturnsError()
    {
        var id = await _data.AllocatedRhiAsync(status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);

        var result = await SubmitAsync(client, page, "Interview", Interview(_data.Now.AddHours(3)));

        Assert.Equal(["The date of the interview must be in the past"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_Interview_ForAnUnaccompaniedAsylumSeekingChild_AsksAboutInterpreting()
    {
        var id = await _data.AllocatedRhiAsync(15, uasc: true, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);

        var missing = await SubmitAsync(client, page, "Interview", Interview(_data.Now));
        var values = Interview(_data.Now);
        values["Interview.InterpreterNeeded"] = "yes";
        var noLanguage = await SubmitAsync(client, page, "Interview", values);
        values["Interview.InterpreterLanguage"] = "Tigrinya";
        var done = await SubmitAsync(client, page, "Interview", values);

        Assert.Equal(["Select whether an interpreter is needed"], missing.ErrorSummary);
        Assert.Equal(["Enter the language the child needs an interpreter for"], noLanguage.ErrorSummary);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.True(rhi.InterpreterNeeded);
        Assert.Equal("Tigrinya", rhi.InterpreterLanguage);
    }

    [Fact]
    public async Task Post_Interview_RecordsEverythingAndCompletes()
    {
        var id = await _data.AllocatedRhiAsync(14, status: RhiStatus.Accepted);
        var (client, page) = await OpenAsync(id);
        var when = _data.Now;

        var result = await SubmitAsync(client, page, "Interview", Interview(when));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var rhi = await _data.LoadAsync(id);
        Assert.Equal(RhiStatus.Completed, rhi.Status);
        Assert.Equal(new DateTimeOffset(when.Year, when.Month, when.Day, when.Hour, when.Minute, 0, TimeSpan.Zero), rhi.InterviewedAt);
        Assert.Equal("Family home", rhi.InterviewLocation);
        Assert.Equal("The child and their mother", rhi.PeoplePresent);
        Assert.Equal("Worried, wants family support.", rhi.ParentsCarersViews);
        Assert.True(rhi.ConsentToShare);
        var after = await client.GetAsync($"/rhi/{id}");
        Assert.Contains("Stayed with a friend", after.Document.QuerySelector("[data-testid=interview]")!.TextContent, StringComparison.Ordinal);
    }
}
