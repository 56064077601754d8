using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.Children;
using MissingChildren.IntegrationTests.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Forms;

/// <summary>
/// A time typed about a child's episode (a contact, an attempt, a meeting) is never before the child went missing or
/// was born, nor in the future: the form says so on the field, and nothing is saved. Free text with a control
/// character is refused on its field, not stripped (a NUL makes the whole form unreadable: <see cref="PostedFormTests"/>).
/// </summary>
public abstract class RecordedDateTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected RecordedDateTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    [Fact]
    public async Task Contact_BeforeTheChildWentMissing_IsRefusedOnTheField_AndNothingIsSaved()
    {
        var (client, childId) = await _app.ReturnedChildOfAWorkerAsync(_data);
        var form = await client.GetAsync($"/children/{childId}/social-worker-contact");

        var page = await client.SubmitAsync(form, CaseData.DateTime("ContactAt", Now.AddDays(-2)).With(new Dictionary<string, string?> { ["Summary"] = "Talked at home." }));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["The date and time of the contact must be after the child went missing"], page.ErrorSummary);
        Assert.Equal("The date and time of the contact must be after the child went missing", page.FieldError("ContactAt"));
        Assert.Equal("Talked at home.", page.Document.QuerySelector("#Summary")!.TextContent);
        Assert.Equal(0, await _app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.ChildId == childId)));
    }

    [Fact]
    public async Task Contact_AfterTheChildWentMissing_IsSaved()
    {
        var (client, childId) = await _app.ReturnedChildOfAWorkerAsync(_data);
        var form = await client.GetAsync($"/children/{childId}/social-worker-contact");

        var page = await client.SubmitAsync(form, CaseData.DateTime("ContactAt", Now.AddMinutes(-30)).With(new Dictionary<string, string?> { ["Summary"] = "Talked at home." }));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.ChildId == childId)));
    }

    [Fact]
    public async Task Attempt_BeforeTheChildWentMissing_IsRefusedOnTheField_AndNothingIsSaved()
    {
        var rhi = await new RhiTestData(_app).AllocatedRhiAsync();
        var client = await _app.SignedInAsync(Roles.RhiWorker);
        var form = await client.GetAsync($"/rhi/{rhi}/attempt");
        var values = RhiTestData.UnansweredCall(Now.AddDays(-3));

        var page = await client.SubmitAsync(form, values, RhiTestData.Form("Attempt"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["When the attempt was made must be after the child went missing"], page.ErrorSummary);
        Assert.Equal(0, await _app.WithDbAsync(db => db.ReturnHomeInterviews.Where(r => r.Id == rhi).SelectMany(r => r.ContactAttempts).CountAsync()));
    }

    [Fact]
    public async Task Meeting_BeforeTheChildWasBorn_IsRefusedOnTheField_AndNothingIsSaved()
    {
        var (client, childId) = await _app.ReturnedChildOfAWorkerAsync(_data);
        var form = await client.GetAsync($"/children/{childId}/meetings/new");
        var meetings = await _app.WithDbAsync(db => db.Meetings.CountAsync(m => m.ChildId == childId));

        var page = await client.SubmitAsync(form, CaseData.DateTime("HeldAt", new DateTimeOffset(2009, 3, 2, 10, 0, 0, TimeSpan.Zero)).With(new Dictionary<string, string?>
        {
            ["Type"] = "ProfessionalsMeeting", ["Attendees"] = "Social worker, school", ["RiskFactors"] = "None new", ["Actions"] = "Review in a month",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["The date and time of the meeting must be after the child was born"], page.ErrorSummary);
        Assert.Equal(meetings, await _app.WithDbAsync(db => db.Meetings.CountAsync(m => m.ChildId == childId)));
    }

    [Theory]
    [InlineData("Home visit\u0007")]
    [InlineData("Home\u001bvisit")]
    public async Task Note_WithAControlCharacter_IsRefusedOnTheField_AndNothingIsSaved(string title)
    {
        var (client, childId) = await _app.ReturnedChildOfAWorkerAsync(_data);
        var form = await client.GetAsync($"/children/{childId}/notes/new");

        var page = await client.SubmitAsync(form, new Dictionary<string, string?> { ["NoteTitle"] = title, ["Text"] = "Line one.\r\nLine two,\tindented." });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["This answer contains a character that cannot be saved (a NUL or another control character): remove it"], page.ErrorSummary);
        Assert.NotNull(page.FieldError("NoteTitle"));
        Assert.Equal(0, await _app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.ChildId == childId)));
    }
}

public sealed class RecordedDateTestsOnSqlite(SqliteAppFactory app) : RecordedDateTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RecordedDateTestsOnPostgreSql(PostgreSqlAppFactory app) : RecordedDateTests(app), IClassFixture<PostgreSqlAppFactory>;
