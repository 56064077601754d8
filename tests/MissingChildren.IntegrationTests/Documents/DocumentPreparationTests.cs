using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;

namespace MissingChildren.IntegrationTests.Documents;

/// <summary>R9 and R31 documents: the queue links each to its preparation, the draft from the record, who may prepare it, and the form's errors.</summary>
public abstract class DocumentPreparationTests(AppFactory app) : FiledDocumentTestBase(app)
{
    // ----- The queue -----

    [Fact]
    public async Task Queue_LinksEachSinToItsPreparation()
    {
        var (taskId, _) = await SinDutyAsync();
        var client = await App.SignedInAsync(Roles.TeamManager);

        var page = await client.GetAsync($"/authorisations?type={TaskType.SeriousIncidentNotification}");

        var link = page.Document.QuerySelector($"a[href='/authorisations/documents/{taskId}']");
        Assert.NotNull(link);
        Assert.StartsWith("Prepare notification", link!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_LinksEachDirectorLetterToItsPreparation_ForTheDirector()
    {
        var (taskId, _) = await DirectorLetterDutyAsync();
        var client = await App.SignedInAsync(Roles.Director);

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
        var client = await App.SignedInAsync(role);

        var page = await client.GetAsync($"/authorisations/documents/{taskId}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Get_SinOfAnotherTeam_ForATeamManager_Returns404()
    {
        // P115 is allocated to Family Support & Safeguarding; the demo team manager manages Corporate Parenting.
        var (taskId, _) = await SinDutyAsync("P115");
        var client = await App.SignedInAsync(Roles.TeamManager);

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
        var client = await App.SignedInAsync(Roles.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/authorisations/documents/{taskId}")).StatusCode);
    }

    [Fact]
    public async Task Get_AnotherKindOfDuty_Returns404()
    {
        var taskId = await App.WithDbAsync(db => db.DutyTasks.Where(t => t.Type == TaskType.ReturnHomeInterview).Select(t => t.Id).FirstAsync());
        var client = await App.SignedInAsync(Roles.HeadOfService);

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
}

public sealed class DocumentPreparationTestsOnSqlite(SqliteAppFactory app) : DocumentPreparationTests(app), IClassFixture<SqliteAppFactory>;

public sealed class DocumentPreparationTestsOnPostgreSql(PostgreSqlAppFactory app) : DocumentPreparationTests(app), IClassFixture<PostgreSqlAppFactory>;
