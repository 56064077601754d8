using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MissingChildren.IntegrationTests.Children;
using MissingChildren.Domain;
using MissingChildren.Domain.Documents;
using MissingChildren.Domain.Duties;

namespace MissingChildren.IntegrationTests.Documents;

/// <summary>R9 and R31 documents filed: the PDF on the child's record, the duty closed once, and who may read it.</summary>
public abstract class FiledDocumentTests(AppFactory app) : FiledDocumentTestBase(app)
{
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
        var document = await App.WithDbAsync(db => db.FiledDocuments.SingleAsync(d => d.DutyTaskId == taskId));
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
        var document = await App.WithDbAsync(db => db.FiledDocuments.SingleAsync(d => d.DutyTaskId == taskId));
        var childName = await App.WithDbAsync(db => db.Children.Where(c => c.Id == childId).Select(c => c.FirstName + " " + c.LastName).SingleAsync());

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
        var document = await App.WithDbAsync(db => db.FiledDocuments.SingleAsync(d => d.DutyTaskId == taskId));
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
        await App.WithDbAsync(async db =>
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
        var documentId = await App.WithDbAsync(db => db.FiledDocuments.Where(d => d.DutyTaskId == taskId).Select(d => d.Id).SingleAsync());

        // P111 is not allocated to the demo social worker's team.
        var socialWorker = await App.SignedInAsync(Roles.SocialWorker);
        var refused = await socialWorker.Http.GetAsync(new Uri($"/children/{childId}/documents/{documentId}.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var otherChild = await App.ChildIdAsync("P104");
        var elsewhere = await client.Http.GetAsync(new Uri($"/children/{otherChild}/documents/{documentId}.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        // The Front Door works with every child.
        var frontDoor = await App.SignedInAsync(Roles.FrontDoor);
        Assert.Equal(HttpStatusCode.OK, (await frontDoor.Http.GetAsync(new Uri($"/children/{childId}/documents/{documentId}.pdf", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task CaseView_Documents_WithNone_SaysSo()
    {
        var childId = await App.ChildIdAsync("P139");
        var client = await App.SignedInAsync(Roles.HeadOfService);

        var page = await client.GetAsync($"/children/{childId}/documents");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=no-documents]"));
    }
}

public sealed class FiledDocumentTestsOnSqlite(SqliteAppFactory app) : FiledDocumentTests(app), IClassFixture<SqliteAppFactory>;

public sealed class FiledDocumentTestsOnPostgreSql(PostgreSqlAppFactory app) : FiledDocumentTests(app), IClassFixture<PostgreSqlAppFactory>;
