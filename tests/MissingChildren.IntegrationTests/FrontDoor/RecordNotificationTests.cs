using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Notifications;
using static MissingChildren.Testing.TestData;

namespace MissingChildren.IntegrationTests.FrontDoor;

/// <summary>/front-door/record: a notification recorded by hand goes through the API's intake and validation.</summary>
public abstract class RecordNotificationTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected RecordNotificationTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(_app.Clock.GetUtcNow(), MissingChildren.Web.Infrastructure.Web.DeadlineText.UkTime);

    private async Task<(HtmlClient Client, HtmlClient.Page Page)> FormAsync(string role = Roles.FrontDoor)
    {
        var client = _app.CreateHtmlClient();
        await client.SignInAsync(role);
        return (client, await client.GetAsync("/front-door/record"));
    }

    private Dictionary<string, string?> Valid(string firstName, string lastName, double hoursAgo = 2)
    {
        var seen = LocalNow.AddHours(-hoursAgo);
        return new()
        {
            ["Source"] = "Carer",
            ["Kind"] = "Missing",
            ["FirstName"] = firstName,
            ["LastName"] = lastName,
            ["MissingFrom.Day"] = seen.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MissingFrom.Month"] = seen.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MissingFrom.Year"] = seen.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MissingFrom.Time"] = seen.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["PoliceRiskLevel"] = "High",
            ["LastSeenLocation"] = "Children's home",
        };
    }

    [Theory]
    [InlineData(Roles.FrontDoor)]
    [InlineData(Roles.EmergencyDuty)]
    public async Task Get_ShowsTheForm(string role)
    {
        var (_, page) = await FormAsync(role);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Record a notification", page.Heading);
        Assert.NotNull(page.Document.QuerySelector("input#Source[type=radio]"));
        Assert.NotNull(page.Document.QuerySelector("input#MissingFrom_Time"));
    }

    [Fact]
    public async Task Get_AsksTheFoundQuestionsOnlyUnderTheFoundChoice()
    {
        var (_, page) = await FormAsync();

        // The GOV.UK conditional reveal: hidden until "Found" is chosen (all shown, under their choice, without JavaScript).
        var found = page.Document.QuerySelector("input[name=Kind][value=Found]")!;
        var reveal = page.Document.GetElementById(found.GetAttribute("data-aria-controls")!)!;
        Assert.Contains("govuk-radios__conditional--hidden", reveal.ClassName, StringComparison.Ordinal);
        Assert.StartsWith("If found", reveal.TextContent.Trim(), StringComparison.Ordinal);
        foreach (var question in new[] { "FoundAt.Day", "FoundAt.Time", "FoundLocation", "RelatesTo" })
        {
            Assert.Same(reveal, page.Document.QuerySelector($"input[name='{question}']")!.Closest(".govuk-radios__conditional"));
        }

        Assert.Null(page.Document.QuerySelector("input[name=Kind][value=Missing]")!.GetAttribute("data-aria-controls"));
    }

    [Fact]
    public async Task Post_MissingReportWithFoundAnswers_KeepsOnlyWhatAppliesToAMissingReport()
    {
        var (client, page) = await FormAsync();
        var fields = Valid("Ada", Surname());
        var found = LocalNow.AddHours(-1);
        fields["FoundAt.Day"] = found.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["FoundAt.Month"] = found.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["FoundAt.Year"] = found.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["FoundAt.Time"] = found.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        fields["FoundLocation"] = "Bus station";
        fields["RelatesTo"] = "PL-1";

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var notification = await _app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.ChildLastName == fields["LastName"]));
        Assert.Equal(NotificationKind.Missing, notification.Kind);
        Assert.Null(notification.FoundAt);
        Assert.Null(notification.FoundLocation);
        Assert.Null(notification.RelatesTo);
    }

    [Fact]
    public async Task Get_AsTeamManager_IsForbidden()
    {
        var (_, page) = await FormAsync(Roles.TeamManager);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Post_WhenNothingEntered_ReturnsErrorsAndSavesNothing()
    {
        var (client, page) = await FormAsync();
        var before = await _app.WithDbAsync(db => db.Notifications.CountAsync());

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.StartsWith("Error: ", result.Title, StringComparison.Ordinal);
        Assert.Equal(
            ["Enter the child's local ID, or their first and last names", "Enter the source of the notification", "Select whether the child is missing, absent or found"],
            result.ErrorSummary.Order(StringComparer.Ordinal));
        Assert.Equal("Enter the source of the notification", result.FieldError("Source"));
        Assert.Equal("Enter the child's local ID, or their first and last names", result.FieldError("FirstName"));
        Assert.Equal(before, await _app.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task Post_WhenMissingWithoutLastSeen_ReturnsError()
    {
        var (client, page) = await FormAsync();
        var fields = Valid("Ada", Surname());
        fields.Remove("MissingFrom.Day");
        fields.Remove("MissingFrom.Month");
        fields.Remove("MissingFrom.Year");
        fields.Remove("MissingFrom.Time");

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(["Enter when the child was last seen"], result.ErrorSummary);
        Assert.Equal("Enter when the child was last seen", result.FieldError("MissingFrom"));
    }

    [Fact]
    public async Task Post_WhenLastSeenIsNotARealDateOrInTheFuture_ReturnsErrors()
    {
        var (client, page) = await FormAsync();
        var fields = Valid("Ada", Surname());
        fields["MissingFrom.Day"] = "32";

        var notReal = await client.SubmitAsync(page, fields);
        fields = Valid("Ada", Surname(), hoursAgo: -3);
        var future = await client.SubmitAsync(page, fields);

        Assert.Equal(["When the child was last seen must be a real date and time"], notReal.ErrorSummary);
        Assert.Equal(["When the child was last seen must be in the past"], future.ErrorSummary);
    }

    [Fact]
    public async Task Post_WhenDateOfBirthNotRealOrInTheFuture_ReturnsErrors()
    {
        var (client, page) = await FormAsync();
        var fields = Valid("Ada", Surname());
        fields["DateOfBirth.Day"] = "30";
        fields["DateOfBirth.Month"] = "2";
        fields["DateOfBirth.Year"] = "2012";
        var notReal = await client.SubmitAsync(page, fields);
        fields["DateOfBirth.Day"] = "1";
        fields["DateOfBirth.Year"] = (LocalNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var future = await client.SubmitAsync(page, fields);

        Assert.Equal(["Date of birth must be a real date"], notReal.ErrorSummary);
        Assert.Equal("Date of birth must be a real date", notReal.FieldError("DateOfBirth"));
        Assert.Equal(["Date of birth must be in the past"], future.ErrorSummary);
    }

    [Fact]
    public async Task Post_WhenReportedBeforeLastSeen_ReturnsError()
    {
        var (client, page) = await FormAsync();
        var fields = Valid("Ada", Surname());
        var reported = LocalNow.AddHours(-5);
        fields["ReportedAt.Day"] = reported.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["ReportedAt.Month"] = reported.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["ReportedAt.Year"] = reported.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["ReportedAt.Time"] = reported.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(["The child cannot be reported missing before they were last seen"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_WhenFoundWithoutWhen_ReturnsError()
    {
        var (client, page) = await FormAsync();
        var fields = Valid("Ada", Surname());
        fields["Kind"] = "Found";

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(["Enter when the child was found"], result.ErrorSummary);
        Assert.Equal("Enter when the child was found", result.FieldError("FoundAt"));
        var reveal = result.Document.QuerySelector("input#FoundAt_Day")!.Closest(".govuk-radios__conditional")!;
        Assert.DoesNotContain("govuk-radios__conditional--hidden", reveal.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhenFoundBeforeMissing_ReturnsError()
    {
        var (client, page) = await FormAsync();
        var fields = Valid("Ada", Surname());
        fields["Kind"] = "Found";
        var found = LocalNow.AddHours(-4);
        fields["FoundAt.Day"] = found.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["FoundAt.Month"] = found.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["FoundAt.Year"] = found.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["FoundAt.Time"] = found.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(["The child cannot be found before they went missing"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_WhenRiskIsLow_ReturnsError()
    {
        var (client, page) = await FormAsync();
        var fields = Valid("Ada", Surname());
        fields["PoliceRiskLevel"] = "Low";

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(["A child is never graded Low risk: choose High or Medium"], result.ErrorSummary);
    }

    [Fact]
    public async Task Post_ForAnUnknownChild_QueuesItWithAReadableReference()
    {
        var (client, page) = await FormAsync();
        var surname = Surname();

        var result = await client.SubmitAsync(page, Valid("Ada", surname));

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal("/front-door", result.Location);
        var notification = await _app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.ChildLastName == surname));
        Assert.Equal(TriageStatus.AwaitingTriage, notification.Triage);
        Assert.Equal("Carer", notification.Source);
        Assert.Matches($"^FD-{LocalNow:yyyyMMdd}-\\d{{4}}-[0-9A-F]{{4}}$", notification.SourceReference);
        Assert.Equal(DemoUsers.EmailFor(Roles.FrontDoor), notification.ReceivedFrom);
        Assert.Contains("\"firstName\":\"Ada\"", notification.Payload, StringComparison.Ordinal);
        var queue = await client.GetAsync("/front-door");
        Assert.Contains(notification.SourceReference, queue.Text, StringComparison.Ordinal);
        Assert.Contains("waiting in the triage queue", queue.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ForAChildKnownByLocalId_LinksAndRoutesIt()
    {
        var child = await _data.ChildAsync();
        var (client, page) = await FormAsync();
        var fields = Valid(child.FirstName, child.LastName);
        fields["LocalId"] = child.LocalId;
        fields["Source"] = "School";
        fields["SourceReference"] = Unique("SCH-");

        var result = await client.SubmitAsync(page, fields);

        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var notification = await _app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.SourceReference == fields["SourceReference"]));
        Assert.Equal(TriageStatus.Linked, notification.Triage);
        Assert.Equal($"/episodes/{notification.EpisodeId}", result.Location);
        Assert.True(await _app.WithDbAsync(db => db.DutyTasks.AnyAsync(t => t.EpisodeId == notification.EpisodeId)));
        var episode = await client.GetAsync(result.Location!);
        Assert.Contains("recorded and linked", episode.Text, StringComparison.Ordinal);
    }
}

public sealed class RecordNotificationTestsOnSqlite(SqliteAppFactory app) : RecordNotificationTests(app), IClassFixture<SqliteAppFactory>;

public sealed class RecordNotificationTestsOnPostgreSql(PostgreSqlAppFactory app) : RecordNotificationTests(app), IClassFixture<PostgreSqlAppFactory>;
