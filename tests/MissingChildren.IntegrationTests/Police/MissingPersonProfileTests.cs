using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Children;

namespace MissingChildren.IntegrationTests.Police;

/// <summary>
/// The missing person profile (Philomena Protocol): kept by social care on the child's record, versioned, with a photo
/// checked by its bytes; its "while missing" part filled from the missing report; read by the police on <c>/police</c>
/// (printable, PDF) and through the API, only for the children they reported.
/// </summary>
public abstract class MissingPersonProfileTests
{
    /// <summary>A real 1×1 PNG.</summary>
    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private readonly AppFactory _app;
    private readonly TestData _data;

    protected MissingPersonProfileTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    internal static Dictionary<string, string?> Profile(string height = "163cm") => new()
    {
        ["Height"] = height,
        ["Build"] = "Slim",
        ["Hair"] = "Brown, shoulder length",
        ["Eyes"] = "Blue",
        ["Ethnicity"] = "White",
        ["IdentifyingFeatures"] = "Scar above left eye",
        ["Associates"] = "Amy, 15, High Street",
        ["PlacesFrequented"] = "Weston seafront arcades",
        ["PhoneNumbers"] = "07700 900123",
        ["SocialMedia"] = "Snapchat: tobes11",
        ["Medication"] = "Inhaler (salbutamol)",
        ["MedicalConditions"] = "Asthma",
    };

    private async Task<(TestData.TestChild Child, HtmlClient Client)> ChildWithFrontDoorAsync()
    {
        var child = await _data.ChildAsync("CIN");
        return (child, await _app.SignedInAsync(Roles.FrontDoor));
    }

    private static string Edit(Guid childId) => $"/children/{childId}/missing-person-profile/edit";

    [Fact]
    public async Task Saving_MakesVersions_KeepsThePhoto_AndSetsTheReviewSixMonthsOn()
    {
        var (child, client) = await ChildWithFrontDoorAsync();

        var first = await client.SubmitWithFileAsync(await client.GetAsync(Edit(child.Id)), Profile(), "Photo", Png, "photo.png", "image/png");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await client.SubmitAsync(await client.GetAsync(Edit(child.Id)), Profile("165cm"));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var page = await client.GetAsync($"/children/{child.Id}/missing-person-profile");
        Assert.Contains("Version 2 of 2", page.Document.QuerySelector("[data-testid=profile-version]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("165cm", page.Document.QuerySelector("[data-testid=description]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("moves with them", page.Text, StringComparison.Ordinal);
        var due = _data.Now.AddMonths(6);
        Assert.Contains(DeadlineTextFor(due), page.Document.QuerySelector("[data-testid=profile-review-due]")!.TextContent, StringComparison.Ordinal);
        var photo = await client.Http.GetAsync(new Uri(page.Document.QuerySelector("[data-testid=profile-photo]")!.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, await _app.WithDbAsync(db => db.MissingPersonProfiles.CountAsync(p => p.ChildId == child.Id)));
    }

    private static string DeadlineTextFor(DateTimeOffset instant) =>
        MissingChildren.Web.Infrastructure.Web.DeadlineText.Local(instant);

    public static TheoryData<string, string, string> TooLong => new()
    {
        { "Height", new string('x', 101), "Height must be 100 characters or fewer" },
        { "Ethnicity", new string('x', 101), "Ethnicity must be 100 characters or fewer" },
        { "PhoneNumbers", new string('1', 1001), "Phone numbers must be 1,000 characters or fewer" },
        { "LastSeenWhere", new string('x', 1001), "Where the child was last seen must be 1,000 characters or fewer" },
        { "IdentifyingFeatures", new string('x', 4001), "Identifying features must be 4,000 characters or fewer" },
        { "MedicalConditions", new string('x', 4001), "Medical conditions must be 4,000 characters or fewer" },
        { "Hair", "Brown\u200Bhair", "Hair must not contain control characters, line breaks or invisible characters" },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public async Task Post_FieldOverItsLimits_ShowsTheError_KeepsTheInput_AndSavesNothing(string field, string value, string message)
    {
        var (child, client) = await ChildWithFrontDoorAsync();
        var values = Profile();
        values[field] = value;

        var page = await client.SubmitAsync(await client.GetAsync(Edit(child.Id)), values);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([message], page.ErrorSummary);
        Assert.Equal("Slim", ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("#Build")!).Value);
        Assert.Equal(0, await _app.WithDbAsync(db => db.MissingPersonProfiles.CountAsync(p => p.ChildId == child.Id)));
    }

    public static TheoryData<string, string, int, string> BadPhotos => new()
    {
        // The name and the type the browser claims say image; the bytes do not.
        { "photo.png", "image/png", 0, "The selected photo must be a JPG or PNG" },
        { "photo.jpg", "image/jpeg", 0, "The selected photo must be a JPG or PNG" },
        { "photo.png", "image/png", (2 * 1024 * 1024) + 1, "The selected photo must be smaller than 2MB" },
    };

    [Theory]
    [MemberData(nameof(BadPhotos))]
    public async Task Post_PhotoNotAJpegOrPngOrTooLarge_IsRefused(string name, string type, int size, string message)
    {
        var (child, client) = await ChildWithFrontDoorAsync();
        var bytes = size == 0 ? "GIF89a not really a picture"u8.ToArray() : [.. Png, .. new byte[size - Png.Length]];

        var page = await client.SubmitWithFileAsync(await client.GetAsync(Edit(child.Id)), Profile(), "Photo", bytes, name, type);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([message], page.ErrorSummary);
        Assert.Contains(message, page.Document.QuerySelector("#Photo-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.MissingPersonProfiles.CountAsync(p => p.ChildId == child.Id)));
    }

    [Fact]
    public async Task TwoPeopleSavingAtOnce_TheSecondSeesTheConflict_WithTheirInputKept()
    {
        var (child, client) = await ChildWithFrontDoorAsync();
        await client.SubmitAsync(await client.GetAsync(Edit(child.Id)), Profile());
        var colleague = await _app.SignedInAsync(Roles.FrontDoor);
        var mine = await client.GetAsync(Edit(child.Id));
        var theirs = await colleague.GetAsync(Edit(child.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SubmitAsync(theirs, Profile("170cm"))).StatusCode);
        var page = await client.SubmitAsync(mine, Profile("158cm"));

        Assert.Contains(EditConflict.Message, page.ErrorSummary);
        Assert.Equal("158cm", ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("#Height")!).Value);
        Assert.Equal("170cm", await _app.WithDbAsync(db => db.MissingPersonProfiles.Where(p => p.ChildId == child.Id && p.IsCurrent).Select(p => p.Height).SingleAsync()));
    }

    [Fact]
    public async Task ReportedMissing_FillsTheWhileMissingPart_ThePoliceSeeItPrintItAndDownloadIt()
    {
        var (child, client) = await ChildWithFrontDoorAsync();
        await client.SubmitWithFileAsync(await client.GetAsync(Edit(child.Id)), Profile(), "Photo", Png, "photo.png", "image/png");
        await _data.NotifyAsync(new
        {
            source = "Police", sourceReference = TestData.Unique("POL-"), kind = "Missing", child = new { localId = child.LocalId },
            missingFrom = TestData.Iso(_data.Now.AddHours(-3)), reportedAt = TestData.Iso(_data.Now.AddHours(-2)), policeRiskLevel = "High",
            lastSeenLocation = "Weston bus station", circumstances = "Left the children's home after an argument",
        });
        var police = _app.CreateHtmlClient();
        Assert.Equal("/police", (await police.SignInAsync(Roles.Police)).Location);

        var list = await police.GetAsync("/police");
        var link = list.Document.QuerySelectorAll("[data-testid=reported-children] a").Single(a => a.TextContent.Contains(child.LastName, StringComparison.Ordinal));
        var page = await police.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var whileMissing = page.Document.QuerySelector("[data-testid=while-missing]")!.TextContent;
        Assert.Contains("Weston bus station", whileMissing, StringComparison.Ordinal);
        Assert.Contains("Left the children's home after an argument", whileMissing, StringComparison.Ordinal);
        Assert.Contains("Scar above left eye", page.Text, StringComparison.Ordinal);
        var print = await police.GetAsync($"/police/children/{child.Id}/missing-person-profile/print");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Contains("Weston bus station", print.Text, StringComparison.Ordinal);
        var pdf = await police.Http.GetAsync(new Uri($"/police/children/{child.Id}/missing-person-profile.pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Weston bus station", PdfText.Read(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var profileId = (await _app.WithDbAsync(db => db.MissingPersonProfiles.Where(p => p.ChildId == child.Id && p.IsCurrent).Select(p => p.Id).SingleAsync())).ToString();
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "Viewed" && a.EntityId == profileId && a.Actor == "police@example.org")));
    }

    [Fact]
    public async Task ThePolice_CannotOpenAChildTheyDidNotReport()
    {
        var child = await _data.ChildAsync("CIN");
        var police = await _app.SignedInAsync(Roles.Police);

        foreach (var url in new[] { $"/police/children/{child.Id}", $"/police/children/{child.Id}/missing-person-profile/print", $"/police/children/{child.Id}/missing-person-profile.pdf", $"/police/children/{child.Id}/plans/trigger-plan/print" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync(url)).StatusCode);
        }

        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "Refused")));
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Education)]
    [InlineData(Roles.RhiWorker)]
    [InlineData(Roles.FrontDoor)]
    public async Task OtherRoles_AreRefusedThePolicePages(string role)
    {
        var child = await _data.ChildAsync("CIN");
        await _data.MissingAsync(child);
        var client = await _app.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/police")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/police/children/{child.Id}")).StatusCode);
    }

    [Fact]
    public async Task Education_IsRefusedTheProfile_OnTheCaseView()
    {
        var child = await _data.ChildAsync("CME");
        var client = await _app.SignedInAsync(Roles.Education);

        var page = await client.GetAsync($"/children/{child.Id}/missing-person-profile");

        Assert.Contains(page.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    [Fact]
    public async Task Api_APoliceClientReadsTheProfileOfAChildItReported_WithThePhoto_AndTheReadIsAudited()
    {
        var (child, client) = await ChildWithFrontDoorAsync();
        await client.SubmitWithFileAsync(await client.GetAsync(Edit(child.Id)), Profile(), "Photo", Png, "photo.png", "image/png");
        var url = $"/api/v1/children/{child.LocalId}/missing-person-profile";
        var (before, _) = await _app.CreateApiClient().GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal("application/problem+json", before.Content.Headers.ContentType?.MediaType);

        await _data.MissingAsync(child);
        var (response, body) = await _app.CreateApiClient().GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(child.LocalId, (string?)body!["localId"]);
        Assert.Equal("163cm", (string?)body["description"]!["height"]);
        Assert.Equal("image/png", (string?)body["photo"]!["contentType"]);
        Assert.Equal(Png, Convert.FromBase64String((string)body["photo"]!["base64"]!));
        Assert.Equal("Weston bus station", (string?)body["whileMissing"]!["lastSeenWhere"]);
        Assert.Equal(2, (int)body["version"]!);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "Viewed" && a.EntityType == "MissingPersonProfile" && a.Actor == ApiClients.PoliceName)));
        var (reader, _) = await _app.CreateApiClient(ApiClients.ReaderKey).GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, reader.StatusCode);
    }
}

public sealed class MissingPersonProfileTestsOnSqlite(SqliteAppFactory app) : MissingPersonProfileTests(app), IClassFixture<SqliteAppFactory>;

public sealed class MissingPersonProfileTestsOnPostgreSql(PostgreSqlAppFactory app) : MissingPersonProfileTests(app), IClassFixture<PostgreSqlAppFactory>;
