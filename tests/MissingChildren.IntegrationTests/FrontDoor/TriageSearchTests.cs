using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Features.FrontDoor;
using static MissingChildren.Testing.TestData;

namespace MissingChildren.IntegrationTests.FrontDoor;

/// <summary>
/// R1 at triage, on each database: Front Door searches before it records a new child (the use case refuses one without
/// a search, or when a known child has the same name and date of birth); a strong match is linked in one click, a weak
/// one only after comparing the child's record with the report.
/// </summary>
public abstract class TriageSearchTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected TriageSearchTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private static string Page(Guid notificationId, string? search = null) =>
        $"/front-door/notifications/{notificationId}" + (search is null ? "" : $"?q={Uri.EscapeDataString(search)}");

    private async Task<Guid> ReportAsync(object child)
    {
        var body = await _data.NotifyAsync(_data.Report(Unique("POL-"), child));
        Assert.Equal("AwaitingTriage", (string?)body["triage"]);
        return Guid.Parse((string)body["notificationId"]!);
    }

    private Task<TriageStatus> TriageOfAsync(Guid notificationId) =>
        _app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.Triage).SingleAsync());

    [Fact]
    public async Task NewChild_BeforeASearch_IsNotOfferedAndIsRefusedByTheUseCase()
    {
        var surname = Surname();
        var notificationId = await ReportAsync(new { firstName = "Marnie", lastName = surname, dateOfBirth = "2012-02-03" });
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var before = await client.GetAsync(Page(notificationId));
        var searched = await client.GetAsync(Page(notificationId, $"Marnie {surname}"));
        // The form found after the search, sent without it (as a stale or hand-made form would be).
        var form = (IHtmlFormElement)searched.Document.QuerySelector("form[data-testid=new-child]")!;
        form.SetAttribute("action", $"/front-door/notifications/{notificationId}?handler=NewChild");
        var result = await client.SubmitAsync(searched, new Dictionary<string, string?> { ["NewChild.FirstName"] = "Marnie", ["NewChild.LastName"] = surname }, "form[data-testid=new-child]");

        Assert.Null(before.Document.QuerySelector("form[data-testid=new-child]"));
        Assert.NotNull(before.Document.QuerySelector("[data-testid=search-first]"));
        Assert.Equal($"Marnie {surname}", before.Document.QuerySelector("#Q")?.GetAttribute("value"));
        Assert.Equal("No known child matches your search.", searched.Document.QuerySelector("[data-testid=found-count]")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([CreateChildFromNotification.SearchFirst], result.ErrorSummary);
        Assert.False(await _app.WithDbAsync(db => db.Children.AnyAsync(c => c.LastName == surname)));
        Assert.Equal(TriageStatus.AwaitingTriage, await TriageOfAsync(notificationId));
    }

    [Fact]
    public async Task NewChild_WithTheNameAndDateOfBirthOfAKnownChild_IsRefused()
    {
        var child = await _data.ChildAsync();
        var notificationId = await ReportAsync(new { firstName = child.LastName, lastName = child.FirstName, dateOfBirth = child.DateOfBirth });
        var client = await _app.SignedInAsync(Roles.FrontDoor);
        var page = await client.GetAsync(Page(notificationId, child.LastName));

        var result = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["NewChild.FirstName"] = child.FirstName.ToUpperInvariant(),
            ["NewChild.LastName"] = child.LastName,
            ["NewChild.DateOfBirth.Day"] = "17",
            ["NewChild.DateOfBirth.Month"] = "4",
            ["NewChild.DateOfBirth.Year"] = "2011",
        }, "form[data-testid=new-child]");

        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
        Assert.Equal([CreateChildFromNotification.KnownByNameAndDateOfBirth], result.ErrorSummary);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Children.CountAsync(c => c.LastName == child.LastName)));
    }

    [Fact]
    public async Task Search_FindsAStrongMatch_LinkedInOneClick()
    {
        // First and last names swapped, with the same date of birth: a strong match (R1).
        var child = await _data.ChildAsync();
        var notificationId = await ReportAsync(new { firstName = child.LastName, lastName = child.FirstName, dateOfBirth = child.DateOfBirth });
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await client.GetAsync(Page(notificationId, child.LastName));

        var row = page.Document.QuerySelectorAll("[data-testid=found-row]").Single(r => r.QuerySelector($"a[href='/children/{child.Id}']") is not null);
        Assert.Equal("Strong match", row.QuerySelector("[data-testid=match-strength]")?.TextContent.Trim());
        var result = await client.SubmitAsync(page, new Dictionary<string, string?>(), $"[data-testid=found] form[data-link='{child.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Equal(child.Id, await _app.WithDbAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ChildId).SingleAsync()));
    }

    [Fact]
    public async Task Search_FindsAMisspeltChildAsAWeakMatch_LinkedOnlyAfterComparing()
    {
        var child = await _data.ChildAsync();
        var misspelt = string.Concat(child.LastName[..5], child.LastName[6].ToString(), child.LastName[5].ToString(), child.LastName[7..]);
        var notificationId = await ReportAsync(new { firstName = child.FirstName, lastName = misspelt });
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var page = await client.GetAsync(Page(notificationId, $"{child.FirstName} {misspelt}"));

        var row = page.Document.QuerySelectorAll("[data-testid=found-row]").Single(r => r.QuerySelector($"a[href='/children/{child.Id}']") is not null);
        Assert.Equal("Weak match", row.QuerySelector("[data-testid=match-strength]")?.TextContent.Trim());
        Assert.Null(row.QuerySelector("form"));
        Assert.NotNull(row.QuerySelector("[data-testid=compare]"));
        var notCompared = await client.SubmitAsync(page, new Dictionary<string, string?> { ["ChildId"] = child.Id.ToString() }, "form[data-testid=link-compared]");
        Assert.Equal(HttpStatusCode.BadRequest, notCompared.StatusCode);
        Assert.Equal([LinkNotification.CompareFirst], notCompared.ErrorSummary);
        Assert.NotNull(notCompared.Document.QuerySelector($"[data-testid=found] a[href='/children/{child.Id}']"));
        Assert.Equal(TriageStatus.AwaitingTriage, await TriageOfAsync(notificationId));

        var compared = await client.SubmitAsync(
            notCompared, new Dictionary<string, string?> { ["ChildId"] = child.Id.ToString(), ["Compared"] = "true" }, "form[data-testid=link-compared]");

        Assert.Equal(HttpStatusCode.Redirect, compared.StatusCode);
        Assert.Equal(TriageStatus.Linked, await TriageOfAsync(notificationId));
    }
}

public sealed class TriageSearchTestsOnSqlite(SqliteAppFactory app) : TriageSearchTests(app), IClassFixture<SqliteAppFactory>;

public sealed class TriageSearchTestsOnPostgreSql(PostgreSqlAppFactory app) : TriageSearchTests(app), IClassFixture<PostgreSqlAppFactory>;
