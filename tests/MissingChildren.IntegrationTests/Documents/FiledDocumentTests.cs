using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MissingChildren.IntegrationTests.Children;
using MissingChildren.Domain;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.Documents;

/// <summary>
/// The Director letter (R9, 001 §4.3) and the Serious Incident Notification (R31, 001 §3.4): prepared from the
/// authorisation queue at /authorisations/documents/{taskId}, filed as a PDF on the child's record, closing the duty.
/// </summary>
public abstract class FiledDocumentTests
{
    private readonly AppFactory _app;

    protected FiledDocumentTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    /// <summary>
    /// R9: P111 is looked after by Devon County Council and placed here; its fourth missing notification. The duty
    /// goes to the Director with no team, as the duty engine raises it.
    /// </summary>
    private Task<(Guid TaskId, Guid ChildId)> DirectorLetterDutyAsync() =>
        DutyAsync("P111", TaskType.DirectorLetter, "R9", "Sign the Director letter to the home authority (4 notifications about this child)",
            PolicyRole.Director, team: false, found: false, notifications: 4);

    /// <summary>R31: P104 is looked after by us (Corporate Parenting, the demo team manager's team) and was missing 30 hours.</summary>
    private Task<(Guid TaskId, Guid ChildId)> SinDutyAsync(string localId = "P104") =>
        DutyAsync(localId, TaskType.SeriousIncidentNotification, "R31", "Send the Serious Incident Notification to the Assistant Director",
            PolicyRole.TeamManager, team: true, found: true, notifications: 1);

    private async Task<(Guid TaskId, Guid ChildId)> DutyAsync(
        string localId, TaskType type, string rule, string title, PolicyRole role, bool team, bool found, int notifications)
    {
        var now = Now;
        return await _app.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.LocalId == localId);
            var episode = new MissingEpisode
            {
                ChildId = child.Id, Category = EpisodeCategory.Missing, Status = found ? EpisodeStatus.Returned : EpisodeStatus.Open,
                MissingFrom = now.AddHours(-32), ReportedAt = now.AddHours(-31), NotifiedAt = now.AddHours(-31),
                FoundAt = found ? now.AddHours(-2) : null, ReturnKnownAt = found ? now.AddHours(-2) : null,
                LastSeenLocation = "Weston bus station", FoundLocation = found ? "Grand Pier" : null, PoliceRiskLevel = PoliceRiskLevel.High,
                NotificationsAboutChild = notifications,
            };
            var task = new DutyTask
            {
                ChildId = child.Id, EpisodeId = episode.Id, Type = type, RuleId = rule, DedupeKey = $"test/{Guid.NewGuid():N}", Title = title,
                Status = DutyStatus.Open, RaisedAt = now.AddHours(-1), DueAt = now.AddHours(6), AssigneeRole = role,
                AssigneeTeamId = team ? child.AllocatedTeamId : null,
            };
            db.AddRange(episode, task);
            await db.SaveChangesAsync();
            return (task.Id, child.Id);
        });
    }

    private async Task<(HtmlClient Client, HtmlClient.Page Page)> OpenAsync(Guid taskId, string role)
    {
        var client = await _app.SignedInAsync(role);
        var page = await client.GetAsync($"/authorisations/documents/{taskId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (client, page);
    }

    private Dictionary<string, string?> Letter(string? signedBy = "Alex Director", string? signedAs = "Director", DateTimeOffset? signedAt = null,
        string? summary = "Four missing episodes in six weeks; seen with older males in Bristol.", string? actions = "Strategy meeting requested with Devon.") =>
        CaseData.DateTime("SignedAt", signedAt ?? Now.AddHours(-1)).With(new Dictionary<string, string?>
        {
            ["SignedBy"] = signedBy, ["SignedAs"] = signedAs, ["Summary"] = summary, ["Actions"] = actions,
        });

    private Dictionary<string, string?> Notification(string? sentTo = "Sam Assistant", DateTimeOffset? sentAt = null,
        string? summary = "Missing 30 hours; found at the Grand Pier with an unknown adult.", string? actions = "Return home interview booked; SERAF updated.") =>
        CaseData.DateTime("SentAt", sentAt ?? Now.AddMinutes(-30)).With(new Dictionary<string, string?>
        {
            ["SentTo"] = sentTo, ["Summary"] = summary, ["Actions"] = actions,
        });

    private Task<DutyTask> DutyOfAsync(Guid taskId) => _app.WithDbAsync(db => db.DutyTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));

    private Task<int> DocumentsForAsync(Guid taskId) => _app.WithDbAsync(db => db.FiledDocuments.CountAsync(d => d.DutyTaskId == taskId));

    // ----- The queue -----

    [Fact]
    public async Task Queue_LinksEachSinToItsPreparation()
    {
        var (taskId, _) = await SinDutyAsync();
        var client = await _app.SignedInAsync(Roles.TeamManager);

        var page = await client.GetAsync($"/authorisations?type={TaskType.SeriousIncidentNotification}");

        var link = page.Document.QuerySelector($"a[href='/authorisations/documents/{taskId}']");
        Assert.NotNull(link);
        Assert.StartsWith("Prepare notification", link!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_LinksEachDirectorLetterToItsPreparation_ForTheDirector()
    {
        var (taskId, _) = await DirectorLetterDutyAsync();
        var client = await _app.SignedInAsync(Roles.Director);

        var page = await client.GetAsync($"/authorisations?type={TaskType.DirectorLetter}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var link = page.Document.QuerySelector($"a[href='/authorisations/documents/{taskId}']");
        Assert.NotNull(link);
        Assert.StartsWith("Prepare letter", link!.TextContent, StringComparison.Ordinal);
    }

    // ----- Preparing -----

    [Theory]
    [InlineData(Roles.HeadOfService)]
    [InlineData(Roles.Director)]
    public async Task Get_R9_DirectorLetter_ShowsTheDraftFromTheRecord(string role)
    {
        var (taskId, _) = await DirectorLetterDutyAsync();

        var (_, page) = await OpenAsync(taskId, role);

        Assert.Equal("Prepare the Director letter", page.Heading);
        Assert.Equal("Devon County Council", page.Document.QuerySelector("[data-testid=home-authority]")!.TextContent.Trim());
        Assert.Equal("4", page.Document.QuerySelector("[data-testid=notification-count]")!.TextContent.Trim());
        var draft = page.Document.QuerySelector("[data-testid=draft]")!.TextContent;
        Assert.Contains("The Director of Children's Services", draft, StringComparison.Ordinal);
        Assert.Contains("has been the subject of 4 missing notifications", draft, StringComparison.Ordinal);
        Assert.Contains("The child has not yet been found.", draft, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("input[name=SignedBy]"));
    }

    [Fact]
    public async Task Get_R31_Sin_ShowsWhyItIsNeeded_ForTheTeamManager()
    {
        var (taskId, _) = await SinDutyAsync();

        var (_, page) = await OpenAsync(taskId, Roles.TeamManager);

        Assert.Equal("Prepare the Serious Incident Notification", page.Heading);
        var reasons = page.Document.QuerySelectorAll("[data-testid=reasons] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(reasons, r => r.StartsWith("The child is looked after by", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("The child was missing for 24 hours or more (30 hours", StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector("input[name=SentTo]"));
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.RhiWorker)]
    [InlineData(Roles.FrontDoor)]
    [InlineData(Roles.Police)]
    public async Task Get_IsForbiddenToOtherRoles(string role)
    {
        var (taskId, _) = await SinDutyAsync();
        var client = await _app.SignedInAsync(role);

        var page = await client.GetAsync($"/authorisations/documents/{taskId}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Get_SinOfAnotherTeam_ForATeamManager_Returns404()
    {
        // P115 is allocated to Family Support & Safeguarding; the demo team manager manages Corporate Parenting.
        var (taskId, _) = await SinDutyAsync("P115");
        var client = await _app.SignedInAsync(Roles.TeamManager);

        var page = await client.GetAsync($"/authorisations/documents/{taskId}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);

        // The Head of Service sees the whole service.
        await OpenAsync(taskId, Roles.HeadOfService);
    }

    [Fact]
    public async Task Post_SinOfAnotherTeam_ForATeamManager_Returns404AndFilesNothing()
    {
        var (taskId, _) = await SinDutyAsync("P115");
        var (ownTaskId, _) = await SinDutyAsync();
        var (client, page) = await OpenAsync(ownTaskId, Roles.TeamManager);
        page.Document.QuerySelector("main form")!.SetAttribute("action", $"/authorisations/documents/{taskId}");

        var result = await client.SubmitAsync(page, Notification());

        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
        Assert.Equal(DutyStatus.Open, (await DutyOfAsync(taskId)).Status);
        Assert.Equal(0, await DocumentsForAsync(taskId));
    }

    [Fact]
    public async Task Get_DirectorLetterWithNoTeam_ForATeamManager_Returns404()
    {
        var (taskId, _) = await DirectorLetterDutyAsync();
        var client = await _app.SignedInAsync(Roles.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/authorisations/documents/{taskId}")).StatusCode);
    }

    [Fact]
    public async Task Get_AnotherKindOfDuty_Returns404()
    {
        var taskId = await _app.WithDbAsync(db => db.DutyTasks.Where(t => t.Type == TaskType.ReturnHomeInterview).Select(t => t.Id).FirstAsync());
        var client = await _app.SignedInAsync(Roles.HeadOfService);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/authorisations/documents/{taskId}")).StatusCode);
    }

    // ----- Validation -----

    [Theory]
    [InlineData("SignedBy", "Enter the name of the person who signed the letter")]
    [InlineData("SignedAs", "Select whether the Director or an Assistant Director signed the letter")]
    [InlineData("SignedAt", "Enter the date and time the letter was signed")]
    [InlineData("Summary", "Enter the concerns the letter tells the Director about")]
    [InlineData("Actions", "Enter the actions taken and planned")]
    public async Task Post_DirectorLetter_WhenAFieldIsMissing_ReturnsErrorAndFilesNothing(string field, string message)
    {
        var (taskId, _) = await DirectorLetterDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.HeadOfService);
        var fields = Letter();
        foreach (var key in fields.Keys.Where(k => k == field || k.StartsWith(field + ".", StringComparison.Ordinal)).ToList())
        {
            fields[key] = null;
        }

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(message, result.FieldError(field));
        Assert.Equal(DutyStatus.Open, (await DutyOfAsync(taskId)).Status);
        Assert.Equal(0, await DocumentsForAsync(taskId));
    }

    [Fact]
    public async Task Post_DirectorLetter_SignedInTheFuture_ReturnsError()
    {
        var (taskId, _) = await DirectorLetterDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.HeadOfService);

        var result = await client.SubmitAsync(page, Letter(signedAt: Now.AddDays(1)));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal("The date and time the letter was signed must be in the past", result.FieldError("SignedAt"));
        Assert.Equal(0, await DocumentsForAsync(taskId));
    }

    [Fact]
    public async Task Post_DirectorLetter_WithANonsenseDate_ReturnsError()
    {
        var (taskId, _) = await DirectorLetterDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.HeadOfService);
        var fields = Letter();
        fields["SignedAt.Day"] = "31";
        fields["SignedAt.Month"] = "2";

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal("The date and time the letter was signed must be a real date and time", result.FieldError("SignedAt"));
        Assert.Equal(0, await DocumentsForAsync(taskId));
    }

    [Theory]
    [InlineData("SentTo", "Enter the name of the Assistant Director it was sent to")]
    [InlineData("SentAt", "Enter the date and time the notification was sent")]
    [InlineData("Summary", "Enter a summary of the incident")]
    [InlineData("Actions", "Enter the actions taken and planned")]
    public async Task Post_Sin_WhenAFieldIsMissing_ReturnsErrorAndFilesNothing(string field, string message)
    {
        var (taskId, _) = await SinDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.TeamManager);
        var fields = Notification();
        foreach (var key in fields.Keys.Where(k => k == field || k.StartsWith(field + ".", StringComparison.Ordinal)).ToList())
        {
            fields[key] = null;
        }

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(message, result.FieldError(field));
        Assert.Equal(DutyStatus.Open, (await DutyOfAsync(taskId)).Status);
        Assert.Equal(0, await DocumentsForAsync(taskId));
    }

    [Fact]
    public async Task Post_Sin_SentInTheFuture_ReturnsError()
    {
        var (taskId, _) = await SinDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.TeamManager);

        var result = await client.SubmitAsync(page, Notification(sentAt: Now.AddHours(3)));

        Assert.Equal("The date and time the notification was sent must be in the past", result.FieldError("SentAt"));
        Assert.Equal(0, await DocumentsForAsync(taskId));
    }

    // ----- Filing -----

    [Fact]
    public async Task Post_R9_DirectorLetter_FilesThePdfOnTheRecordAndClosesTheDuty()
    {
        var (taskId, childId) = await DirectorLetterDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.HeadOfService);
        var signedAt = Now.AddHours(-1);

        var result = await client.SubmitAsync(page, Letter(signedBy: "Alex Director", signedAs: "AssistantDirector", signedAt: signedAt));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal($"/children/{childId}/documents", result.Location);
        var document = await _app.WithDbAsync(db => db.FiledDocuments.SingleAsync(d => d.DutyTaskId == taskId));
        Assert.Equal(DocumentKind.DirectorLetter, document.Kind);
        Assert.Equal(childId, document.ChildId);
        Assert.Equal("Alex Director", document.SignedBy);
        Assert.StartsWith("Assistant Director of Children's Services", document.SignedAs, StringComparison.Ordinal);
        Assert.Equal("Devon County Council", document.SentTo);
        Assert.Equal(signedAt.AddTicks(-(signedAt.Ticks % TimeSpan.TicksPerMinute)), document.SignedAt);
        Assert.Equal(Now, document.FiledAt);
        var duty = await DutyOfAsync(taskId);
        Assert.Equal(DutyStatus.Done, duty.Status);
        Assert.Equal(Now, duty.ClosedAt);
        Assert.Equal("Director letter signed by Alex Director and filed on the child's record", duty.ClosedReason);

        var caseView = await client.GetAsync(result.Location!);
        Assert.Equal(HttpStatusCode.OK, caseView.StatusCode);
        Assert.Contains("Director letter filed on the child's record", caseView.Document.QuerySelector("[data-testid=success]")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(caseView.Document.QuerySelectorAll("[data-testid=documents] tbody tr"),
            r => r.QuerySelector($"a[href='/children/{childId}/documents/{document.Id}.pdf']") is not null);
        Assert.Contains("Director letter to the home authority", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("To Devon County Council", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("by Alex Director", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_OfTheDirectorLetter_DownloadsAndHoldsTheChildsNameAndTheLetter()
    {
        var (taskId, childId) = await DirectorLetterDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.Director);
        await client.SubmitAsync(page, Letter());
        var document = await _app.WithDbAsync(db => db.FiledDocuments.SingleAsync(d => d.DutyTaskId == taskId));
        var childName = await _app.WithDbAsync(db => db.Children.Where(c => c.Id == childId).Select(c => c.FirstName + " " + c.LastName).SingleAsync());

        var response = await client.Http.GetAsync(new Uri($"/children/{childId}/documents/{document.Id}.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.Equal($"director-letter-{document.Id:N}.pdf", fileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(document.Pdf, bytes);
        var text = PdfText.Read(bytes);
        Assert.Contains(childName, text, StringComparison.Ordinal);
        Assert.Contains("Devon County Council", text, StringComparison.Ordinal);
        Assert.Contains("The Director of Children's Services", text, StringComparison.Ordinal);
        Assert.Contains("older males in Bristol", text, StringComparison.Ordinal);
        Assert.Contains("Strategy meeting requested with Devon.", text, StringComparison.Ordinal);
        Assert.Contains("Alex Director", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_R31_Sin_FilesThePdfOnTheRecordAndClosesTheDuty()
    {
        var (taskId, childId) = await SinDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.TeamManager);

        var result = await client.SubmitAsync(page, Notification(sentTo: "Sam Assistant"));

        Assert.Equal($"/children/{childId}/documents", result.Location);
        var document = await _app.WithDbAsync(db => db.FiledDocuments.SingleAsync(d => d.DutyTaskId == taskId));
        Assert.Equal(DocumentKind.SeriousIncidentNotification, document.Kind);
        Assert.Equal("Sam Assistant", document.SentTo);
        Assert.Equal("Team manager", document.SignedAs);
        var duty = await DutyOfAsync(taskId);
        Assert.Equal(DutyStatus.Done, duty.Status);
        Assert.Equal("Serious Incident Notification sent to Sam Assistant and filed on the child's record", duty.ClosedReason);

        var response = await client.Http.GetAsync(new Uri($"/children/{childId}/documents/{document.Id}.pdf", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal($"serious-incident-notification-{document.Id:N}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = PdfText.Read(bytes);
        Assert.Contains(document.ChildName, text, StringComparison.Ordinal);
        Assert.Contains("Serious Incident Notification", text, StringComparison.Ordinal);
        Assert.Contains("Sam Assistant", text, StringComparison.Ordinal);
        Assert.Contains("found at the Grand Pier with an unknown adult.", text, StringComparison.Ordinal);
        Assert.Contains("Return home interview booked; SERAF updated.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Twice_SaysItIsAlreadyFiledAndFilesOnlyOne()
    {
        var (taskId, _) = await SinDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.TeamManager);
        await client.SubmitAsync(page, Notification());

        var again = await client.SubmitAsync(page, Notification(sentTo: "Someone Else"));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["This Serious Incident Notification has already been sent and filed on the child's record"], again.ErrorSummary);
        Assert.Equal(1, await DocumentsForAsync(taskId));
        var reopened = await client.GetAsync($"/authorisations/documents/{taskId}");
        Assert.NotNull(reopened.Document.QuerySelector("[data-testid=already-done]"));
        Assert.Null(reopened.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task Post_AfterSomeoneElseChangedTheDuty_ShowsTheConflictAndFilesNothing()
    {
        var (taskId, _) = await SinDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.TeamManager);
        await _app.WithDbAsync(async db =>
        {
            var duty = await db.DutyTasks.SingleAsync(t => t.Id == taskId);
            duty.EscalationLevel = EscalationLevel.TeamManager;
            return await db.SaveChangesAsync();
        });

        var result = await client.SubmitAsync(page, Notification(sentTo: "Sam Assistant"));

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Contains(result.ErrorSummary, e => e.StartsWith("Someone else changed this record", StringComparison.Ordinal));
        Assert.Equal("Sam Assistant", result.Document.QuerySelector("input[name=SentTo]")?.GetAttribute("value"));
        Assert.Equal(0, await DocumentsForAsync(taskId));
        Assert.Equal(DutyStatus.Open, (await DutyOfAsync(taskId)).Status);
    }

    // ----- Reading the filed document -----

    [Fact]
    public async Task Pdf_ForSomeoneWhoDoesNotWorkWithTheChild_IsForbidden_AndAnotherChildsIdFindsNothing()
    {
        var (taskId, childId) = await DirectorLetterDutyAsync();
        var (client, page) = await OpenAsync(taskId, Roles.HeadOfService);
        await client.SubmitAsync(page, Letter());
        var documentId = await _app.WithDbAsync(db => db.FiledDocuments.Where(d => d.DutyTaskId == taskId).Select(d => d.Id).SingleAsync());

        // P111 is not allocated to the demo social worker's team.
        var socialWorker = await _app.SignedInAsync(Roles.SocialWorker);
        var refused = await socialWorker.Http.GetAsync(new Uri($"/children/{childId}/documents/{documentId}.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var otherChild = await _app.ChildIdAsync("P104");
        var elsewhere = await client.Http.GetAsync(new Uri($"/children/{otherChild}/documents/{documentId}.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        // The Front Door works with every child.
        var frontDoor = await _app.SignedInAsync(Roles.FrontDoor);
        Assert.Equal(HttpStatusCode.OK, (await frontDoor.Http.GetAsync(new Uri($"/children/{childId}/documents/{documentId}.pdf", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task CaseView_Documents_WithNone_SaysSo()
    {
        var childId = await _app.ChildIdAsync("P139");
        var client = await _app.SignedInAsync(Roles.HeadOfService);

        var page = await client.GetAsync($"/children/{childId}/documents");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=no-documents]"));
    }
}

public sealed class FiledDocumentTestsOnSqlite(SqliteAppFactory app) : FiledDocumentTests(app), IClassFixture<SqliteAppFactory>;

public sealed class FiledDocumentTestsOnPostgreSql(PostgreSqlAppFactory app) : FiledDocumentTests(app), IClassFixture<PostgreSqlAppFactory>;
