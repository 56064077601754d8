using System.Net;
using MissingChildren.Domain;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// The RHI with the Medway profile (003): a child who cannot be reached after more than three tries by phone and letter
/// has the interview closed as declined (R24). Each test has its own app (SQLite).
/// </summary>
public sealed class MedwayRhiTests
{
    private static Task<SqliteAppFactory> MedwayAsync() => RhiTestData.AppWithProfileAsync("Medway");

    private static Dictionary<string, string?> Attempt(DateTimeOffset utc) => RhiTestData.UnansweredCall(utc);

    [Fact]
    public async Task R24_NoContact_AfterFourTriesByPhoneAndLetter_IsClosedAsDeclined_AndRefusedBefore()
    {
        await using var app = await MedwayAsync();
        var data = new RhiTestData(app);
        var rhiId = await data.AllocatedRhiAsync(14);
        var worker = app.CreateHtmlClient();
        await worker.SignInAsync(Roles.RhiWorker);
        var noContact = new Dictionary<string, string?>
        {
            ["NoInterview.Outcome"] = "NoContact", ["NoInterview.Reasons"] = "No answer by phone; no reply to the letter.", ["NoInterview.SupportOffered"] = "Free helpline numbers in the letter.",
        };

        var page = await worker.GetAsync($"/rhi/{rhiId}");
        for (var n = 3; n >= 1; n--)
        {
            page = await worker.GetAsync((await worker.SubmitAsync(page, Attempt(app.Clock.GetUtcNow().AddMinutes(-10 * n)), "form[action$='/attempt']")).Location!);
        }

        var tooFew = await worker.SubmitAsync(page, noContact, "form[action$='/no-interview']");
        Assert.Equal(HttpStatusCode.BadRequest, tooFew.StatusCode);
        Assert.Equal(["Before closing it as declined, make 4 attempts by phone and letter: 3 made so far"], tooFew.ErrorSummary);
        Assert.Equal(RhiStatus.Allocated, (await data.LoadAsync(rhiId)).Status);

        var letter = await worker.SubmitAsync(await worker.GetAsync($"/rhi/{rhiId}/send-letter"), new Dictionary<string, string?> { ["Letter.LivingIndependently"] = "no" }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, letter.StatusCode);

        var recorded = await worker.SubmitAsync(await worker.GetAsync($"/rhi/{rhiId}"), noContact, "form[action$='/no-interview']");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var rhi = await data.LoadAsync(rhiId);
        Assert.Equal(RhiStatus.Declined, rhi.Status);
        Assert.Null(rhi.InterviewedAt);
        var shown = (await worker.GetAsync($"/rhi/{rhiId}")).Document.QuerySelector("[data-testid='not-held']")!.TextContent;
        Assert.Contains("Closed as declined after 4 unsuccessful attempts by phone and letter. No answer by phone; no reply to the letter.", shown, StringComparison.Ordinal);
    }
}
