using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.ReturnInterviews;

/// <summary>
/// R30: an authorised RHI is locked; a correction is a new version that goes through authorisation again, and the
/// authorised version is kept exactly as it was.
/// </summary>
public abstract class RhiCorrectionTests
{
    private const string Authorised = "Stayed at a friend's flat after an argument.";

    private readonly AppFactory _app;

    protected RhiCorrectionTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    /// <summary>An authorised interview of a Corporate Parenting child, done by the demo RHI worker, its episode closed.</summary>
    private Task<(Guid RhiId, Guid EpisodeId)> AuthorisedAsync() => _app.WithDbAsync(async db =>
    {
        var child = await db.Children.SingleAsync(c => c.LocalId == "P103");
        var worker = await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.RhiWorker));
        var rhi = new ReturnHomeInterview
        {
            ChildId = child.Id, Status = RhiStatus.Authorised, ConcludedAs = RhiStatus.Completed, RequestedAt = Now.AddDays(-6), OfferDueAt = Now.AddDays(-3),
            AllocatedWorkerId = worker.Id, AllocatedTeamId = worker.TeamId, AcceptedAt = Now.AddDays(-5), CompleteDueAt = Now.AddDays(-2),
            InterviewedAt = Now.AddDays(-4), InterviewLocation = "Placement", PeoplePresent = "The child and their carer", ChildAccount = Authorised,
            ParentsCarersViews = "Carer worried.", RisksIdentified = "None found", ConsentToShare = true, CeScreenOutcome = CeScreenOutcome.NoConcerns,
            SentForAuthorisationAt = Now.AddDays(-3),
            ConsentRecords = [new ConsentRecord { At = Now.AddDays(-5), GivenBy = nameof(ConsentGiver.Assumed), Consented = true }],
            ContactAttempts = [new ContactAttempt { At = Now.AddDays(-5).AddHours(-1), Method = "Phone", Contacted = "Placement", Outcome = "Offered" }],
        };
        var episode = new MissingEpisode
        {
            ChildId = child.Id, Category = EpisodeCategory.Missing, Status = EpisodeStatus.Closed, MissingFrom = Now.AddDays(-7), ReportedAt = Now.AddDays(-7),
            NotifiedAt = Now.AddDays(-7), FoundAt = Now.AddDays(-6), ReturnKnownAt = Now.AddDays(-6), ReturnHomeInterviewId = rhi.Id,
        };
        db.AddRange(rhi, episode);
        await db.SaveChangesAsync();
        return (rhi.Id, episode.Id);
    });

    private Task<ReturnHomeInterview> LoadAsync(Guid id) => _app.WithDbAsync(db => db.ReturnHomeInterviews.AsNoTracking()
        .Include(r => r.ContactAttempts).Include(r => r.ConsentRecords).SingleAsync(r => r.Id == id));

    private async Task<(HtmlClient Client, HtmlClient.Page Page)> OpenAsync(Guid rhiId)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(Roles.RhiWorker);
        var page = await client.GetAsync($"/rhi/{rhiId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (client, page);
    }

    [Fact]
    public async Task AuthorisedRhi_IsLocked_AndOffersOnlyACorrection()
    {
        var (rhiId, _) = await AuthorisedAsync();

        var (_, page) = await OpenAsync(rhiId);

        Assert.NotNull(page.Document.QuerySelector("form[action$='/correct']"));
        foreach (var form in new[] { "Interview", "NoInterview", "Ce", "Send", "Attempt", "Consent" })
        {
            Assert.Null(page.Document.QuerySelector(RhiTestData.Form(form)));
        }
    }

    [Fact]
    public async Task Post_Correct_WithoutAReason_ReturnsError_AndChangesNothing()
    {
        var (rhiId, _) = await AuthorisedAsync();
        var (client, page) = await OpenAsync(rhiId);
        var before = await _app.WithDbAsync(db => db.ReturnHomeInterviews.CountAsync());

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), "form[action$='/correct']");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal(["Enter what needs correcting"], result.ErrorSummary);
        Assert.Equal(before, await _app.WithDbAsync(db => db.ReturnHomeInterviews.CountAsync()));
        Assert.Null((await LoadAsync(rhiId)).SupersededById);
    }

    [Fact]
    public async Task Post_Correct_MakesANewVersion_KeepsTheAuthorisedOne_AndGoesThroughAuthorisationAgain()
    {
        var (rhiId, episodeId) = await AuthorisedAsync();
        var (client, page) = await OpenAsync(rhiId);

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Correction.Reason"] = "The interview date was recorded wrongly." },
            "form[action$='/correct']");

        var authorised = await LoadAsync(rhiId);
        var correctionId = authorised.SupersededById!.Value;
        Assert.Equal($"/rhi/{correctionId}", result.Location);
        Assert.Equal(RhiStatus.Authorised, authorised.Status);
        Assert.Equal(Authorised, authorised.ChildAccount);
        var correction = await LoadAsync(correctionId);
        Assert.Equal(rhiId, correction.PreviousVersionId);
        Assert.Equal(RhiStatus.Completed, correction.Status);
        Assert.Equal("The interview date was recorded wrongly.", correction.CorrectionReason);
        Assert.Equal(Authorised, correction.ChildAccount);
        Assert.Single(correction.ContactAttempts);
        Assert.Single(correction.ConsentRecords);
        Assert.Equal(correctionId, await _app.WithDbAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.ReturnHomeInterviewId).SingleAsync()));

        // The old version says where the current one is, and can no longer be corrected.
        var old = await client.GetAsync($"/rhi/{rhiId}");
        Assert.NotNull(old.Document.QuerySelector($"[data-testid='superseded'] a[href='/rhi/{correctionId}']"));
        Assert.Null(old.Document.QuerySelector("form[action$='/correct']"));
        var again = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Correction.Reason"] = "Again." }, "form[action$='/correct']");
        Assert.Equal(["This version has already been corrected: correct the current version"], again.ErrorSummary);

        // The correction starts from what was authorised; the worker changes it and sends it again.
        var current = await client.GetAsync($"/rhi/{correctionId}");
        Assert.Contains("The interview date was recorded wrongly.", current.Document.QuerySelector("[data-testid='correction']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Authorised, current.Document.QuerySelector("#Interview_ChildAccount")!.TextContent.Trim());
        var interviewed = Now.AddDays(-5);
        var form = current.Document.QuerySelector("form[action$='/interview']")!;
        var shown = form.QuerySelectorAll("input[type='text'][name^='Interview.'], input[type='radio'][name^='Interview.'][checked], textarea[name^='Interview.']")
            .ToDictionary(e => e.GetAttribute("name")!, e => (string?)(e.LocalName == "textarea" ? e.TextContent.Trim() : e.GetAttribute("value")));
        Assert.Equal("Placement", shown["Interview.Location"]);
        Assert.Equal("yes", shown["Interview.ConsentToShare"]);
        var saved = await client.SubmitAsync(current, new Dictionary<string, string?>(shown)
        {
            ["Interview.InterviewedAt.Day"] = interviewed.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Month"] = interviewed.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Year"] = interviewed.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Interview.InterviewedAt.Time"] = interviewed.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Interview.ChildAccount"] = "Stayed at a friend's flat; the interview was a day earlier.",
        }, "form[action$='/interview']");
        Assert.Empty(saved.ErrorSummary);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(interviewed, (await LoadAsync(correctionId)).InterviewedAt);
        Assert.Equal(Authorised, (await LoadAsync(rhiId)).ChildAccount);

        var sent = await client.SubmitAsync(await client.GetAsync($"/rhi/{correctionId}"), new Dictionary<string, string?>(), "form[action$='/send']");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ReturnHomeInterviewId == correctionId && t.Type == TaskType.ManagerAuthorisation));
        Assert.Equal(episodeId, duty.EpisodeId);
        Assert.Equal(DutyStatus.Open, duty.Status);
    }
}

public sealed class RhiCorrectionTestsOnSqlite(SqliteAppFactory app) : RhiCorrectionTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RhiCorrectionTestsOnPostgreSql(PostgreSqlAppFactory app) : RhiCorrectionTests(app), IClassFixture<PostgreSqlAppFactory>;
