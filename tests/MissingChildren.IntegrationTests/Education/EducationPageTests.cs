using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Education;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Education;

namespace MissingChildren.IntegrationTests.Education;

/// <summary>Rutland's profile, where R39 applies (school absence meetings), with an attendance system's API key.</summary>
public abstract class EducationAppFactory : AppFactory
{
    public const string AttendanceKey = "attendance-test-key-0123456789abcdef012345";

    protected EducationAppFactory(string provider)
        : base(provider)
    {
        With("Policy:Profile", "Rutland");
        With("Integration:Clients:2:Name", "attendance-test");
        With("Integration:Clients:2:Key", AttendanceKey);
        With("Integration:Clients:2:Agency", "Education");
        With("Integration:Clients:2:Scopes", "attendance:write");
    }
}

public sealed class EducationSqliteAppFactory() : EducationAppFactory("Sqlite");

public sealed class EducationPostgreSqlAppFactory() : EducationAppFactory("PostgreSql");

/// <summary>
/// <c>/education</c> (screens.md "Education"): R40 children missing education investigations (Medway 003) and R39 school
/// absence (Rutland 004), as the education officer works them, Front Door reads them, and no one else reaches them.
/// </summary>
public abstract partial class EducationPageTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected EducationPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(_data.Now, "Europe/London").DateTime);

    private static Dictionary<string, string?> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string?> With(Dictionary<string, string?> fields, params (string Key, string? Value)[] more)
    {
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }

        return fields;
    }

    private async Task<(HtmlClient Officer, HtmlClient.Page Investigation, TestData.TestWorker SocialWorker, TestData.TestChild Child)> OpenedAsync()
    {
        var socialWorker = await _data.WorkerAsync(Roles.SocialWorker);
        var child = await _data.ChildAsync("CME", worker: socialWorker);
        var officer = _app.CreateHtmlClient();
        var landed = await officer.SignInAsync(Roles.Education);
        Assert.Equal("/education", landed.Location);
        var education = await officer.GetAsync("/education");
        var opened = await officer.SubmitAsync(education, new Dictionary<string, string?> { ["LocalId"] = child.LocalId }, "[data-testid=open-investigation]");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return (officer, await officer.GetAsync(opened.Location!), socialWorker, child);
    }

    [Fact]
    public async Task R40_TheOfficerOpensAnInvestigation_RecordsAnEnquiry_FilesItDormant_TheReviewComesBackAsADuty_AndFindingTheChildClosesItAndTellsTheSocialWorker()
    {
        var (officer, page, socialWorker, child) = await OpenedAsync();
        Assert.Equal("Children missing education investigation", page.Heading);

        page = await officer.GetAsync((await officer.SubmitAsync(page, With(Date("Enquiry.AskedOn", Today.AddDays(-2)),
            ("Enquiry.RepliedOn.Day", Today.Day.ToString(CultureInfo.InvariantCulture)), ("Enquiry.RepliedOn.Month", Today.Month.ToString(CultureInfo.InvariantCulture)),
            ("Enquiry.RepliedOn.Year", Today.Year.ToString(CultureInfo.InvariantCulture)), ("Enquiry.Agency", "Nhs"), ("Enquiry.AskedOf", "Rutland GP practice"), ("Enquiry.Reply", "Not registered since July")),
            "[data-testid=enquiry-form]")).Location!);
        Assert.Contains("Enquiry recorded", page.Text, StringComparison.Ordinal);
        Assert.Contains("Rutland GP practice", page.Document.QuerySelector("[data-testid=enquiries]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the date the reply came", (await officer.SubmitAsync(page, With(Date("Enquiry.AskedOn", Today),
            ("Enquiry.Agency", "Police"), ("Enquiry.AskedOf", "Missing persons unit"), ("Enquiry.Reply", "No trace")), "[data-testid=enquiry-form]")).ErrorSummary);

        var reviewOn = Today.AddDays(7);
        page = await officer.GetAsync((await officer.SubmitAsync(page, Date("Dormant.ReviewOn", reviewOn), "[data-testid=dormant-form]")).Location!);
        Assert.Contains("Dormant", page.Document.QuerySelector("[data-testid=investigation]")!.TextContent, StringComparison.Ordinal);

        // R40: on the review date the sweep raises the education team's review duty, shown on /education.
        var education = await officer.GetAsync("/education");
        Assert.DoesNotContain("Review the dormant children missing education investigation", education.Text, StringComparison.Ordinal);
        await _data.AdvanceToAsync(new DateTimeOffset(reviewOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        officer = await _app.SignedInAsync(Roles.Education); // a week on, the session has ended
        education = await officer.GetAsync("/education");
        var duties = education.Document.QuerySelector("[data-testid=education-duties]")!.TextContent;
        Assert.Contains("Review the dormant children missing education investigation", duties, StringComparison.Ordinal);
        Assert.Contains(child.LocalId, duties, StringComparison.Ordinal);
        Assert.Contains("Due for review", education.Document.QuerySelector("[data-testid=investigations]")!.TextContent, StringComparison.Ordinal);

        page = await officer.GetAsync(page.Url);
        var found = await officer.SubmitAsync(page, With(Date("Found.FoundOn", Today), ("Found.FoundWhere", "On roll at a school in Leicester")), "[data-testid=found-form]");
        Assert.Equal("/education", found.Location);
        var investigation = await _app.WithDbAsync(db => db.CmeInvestigations.SingleAsync(i => i.ChildId == child.Id));
        Assert.Equal(CmeStatus.Found, investigation.Status);
        Assert.Equal(DutyStatus.Done, (await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ChildId == child.Id && t.Type == TaskType.CmeInvestigation))).Status);
        var notice = await _app.WithDbAsync(db => db.Notices.SingleAsync(n => n.UserId == socialWorker.Id && n.Title == RecordCmeFound.NoticeTitle));
        Assert.Equal($"/children/{child.Id}", notice.Link);
        Assert.DoesNotContain(child.LastName, notice.Title, StringComparison.Ordinal);
        education = await officer.GetAsync("/education");
        Assert.DoesNotContain(child.LocalId, education.Document.QuerySelector("[data-testid=investigations]")!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> EmptyForms => new()
    {
        { "[data-testid=enquiry-form]", "Enquiry.AskedOf", "Enter who was asked" },
        { "[data-testid=enquiry-form]", "Enquiry.Agency", "Select who the enquiry was made to" },
        { "[data-testid=dormant-form]", "Dormant.ReviewOn.Day", "Enter the review date" },
        { "[data-testid=no-trace-form]", "NoTrace.Advice", "Enter the Education Safeguarding Officer's advice" },
        { "[data-testid=no-trace-form]", "NoTrace.PoliceReference", "Enter the date of the No Trace report to the police" },
        { "[data-testid=found-form]", "Found.FoundWhere", "Enter where the child was found" },
        { "[data-testid=found-form]", "Found.FoundOn.Day", "Enter the date the child was found" },
    };

    [Theory]
    [MemberData(nameof(EmptyForms))]
    public async Task Post_InvestigationForm_WhenEmpty_ShowsTheError_AndSavesNothing(string form, string field, string message)
    {
        var (officer, page, _, child) = await OpenedAsync();
        var before = await _app.WithDbAsync(db => db.CmeInvestigations.AsNoTracking().SingleAsync(i => i.ChildId == child.Id));

        var result = await officer.SubmitAsync(page, new Dictionary<string, string?> { [field] = "" }, form);

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Contains(message, result.ErrorSummary);
        var after = await _app.WithDbAsync(db => db.CmeInvestigations.AsNoTracking().SingleAsync(i => i.ChildId == child.Id));
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Post_Dormant_AfterSomeoneElseChangedTheInvestigation_ShowsTheConflict_AndKeepsTheInput()
    {
        var (officer, page, _, child) = await OpenedAsync();
        var colleague = await _app.SignedInAsync(Roles.Education);
        var theirs = await colleague.GetAsync(page.Url);
        await colleague.SubmitAsync(theirs, With(Date("Enquiry.AskedOn", Today), ("Enquiry.Agency", "School"), ("Enquiry.AskedOf", "Oakham School")), "[data-testid=enquiry-form]");

        var result = await officer.SubmitAsync(page, Date("Dormant.ReviewOn", Today.AddDays(30)), "[data-testid=dormant-form]");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([EditConflict.Message], result.ErrorSummary);
        Assert.Equal(Today.AddDays(30).Day.ToString(CultureInfo.InvariantCulture), result.Document.QuerySelector("[name='Dormant.ReviewOn.Day']")!.GetAttribute("value"));
        Assert.Equal(CmeStatus.Open, (await _app.WithDbAsync(db => db.CmeInvestigations.SingleAsync(i => i.ChildId == child.Id))).Status);
    }

    [Fact]
    public async Task FrontDoorReadsTheEducationPages_WithoutActions_AndMayNotChangeThem_OtherRolesDoNotReachThem()
    {
        var (_, page, _, child) = await OpenedAsync();
        var frontDoor = await _app.SignedInAsync(Roles.FrontDoor);

        var education = await frontDoor.GetAsync("/education");
        var investigation = await frontDoor.GetAsync(page.Url);

        Assert.Equal(HttpStatusCode.OK, education.StatusCode);
        Assert.Null(education.Document.QuerySelector("[data-testid=open-investigation]"));
        Assert.Equal(HttpStatusCode.OK, investigation.StatusCode);
        Assert.Null(investigation.Document.QuerySelector("[data-testid=found-form]"));
        // Posted as the officer's form would be, with Front Door's own session and anti-forgery token: refused, nothing saved.
        var token = investigation.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = With(Date("Found.FoundOn", Today), ("Found.FoundWhere", "School"), ("__RequestVerificationToken", token),
            ("Version", page.Document.QuerySelector("[data-testid=found-form] input[name=Version]")!.GetAttribute("value")));
        using var form = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value ?? "")));
        var refused = await frontDoor.Http.PostAsync(new Uri($"{page.Url}?handler=Found", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotEqual(CmeStatus.Found, (await _app.WithDbAsync(db => db.CmeInvestigations.SingleAsync(i => i.ChildId == child.Id))).Status);
        var socialWorker = await _app.SignedInAsync(Roles.SocialWorker);
        Assert.Equal(HttpStatusCode.Forbidden, (await socialWorker.GetAsync("/education")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await socialWorker.GetAsync(page.Url)).StatusCode);
    }

    [Fact]
    public async Task Post_OpenInvestigation_ForAnUnknownLocalId_SaysSo()
    {
        var officer = await _app.SignedInAsync(Roles.Education);
        var education = await officer.GetAsync("/education");

        var result = await officer.SubmitAsync(education, new Dictionary<string, string?> { ["LocalId"] = "NO-SUCH-CHILD" }, "[data-testid=open-investigation]");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([OpenCmeInvestigation.NoSuchChild], result.ErrorSummary);
    }
}

public sealed class EducationPageTestsOnSqlite(EducationSqliteAppFactory app) : EducationPageTests(app), IClassFixture<EducationSqliteAppFactory>;

public sealed class EducationPageTestsOnPostgreSql(EducationPostgreSqlAppFactory app) : EducationPageTests(app), IClassFixture<EducationPostgreSqlAppFactory>;
