using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.IntegrationTests.Children;

namespace MissingChildren.IntegrationTests.Forms;

/// <summary>
/// A posted form the service cannot read, or whose anti-forgery token no longer holds, is the same page again (400)
/// with a GOV.UK error summary and what can be kept; the error pages answer only with statuses the service sends.
/// </summary>
public abstract class PostedFormTests
{
    private const string SignIn = "/account/sign-in";
    private const string SessionExpired = "Your session expired. Check your answers and send them again.";
    private readonly AppFactory _app;

    protected PostedFormTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
    }

    /// <summary>Bodies a browser would never send, each with the sign-in page's valid token.</summary>
    public static TheoryData<string> Unreadable => ["value over the limit", "too many fields", "name over the limit", "broken multipart", "multipart without boundary"];

    private static HttpContent Body(string kind, string token)
    {
        var start = $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Email=someone%40example.org";
        return kind switch
        {
            "value over the limit" => Form($"{start}&Password={new string('a', 4 * 1024 * 1024 + 1)}"),
            "too many fields" => Form(start + string.Concat(Enumerable.Range(0, 1100).Select(i => $"&f{i}=x"))),
            "name over the limit" => Form($"{start}&{new string('n', 2100)}=x"),
            "broken multipart" => Multipart("multipart/form-data; boundary=edge", "--edge\r\nContent-Disposition: form-data; name=\"Email\"\r\n\r\nsomeone"),
            "multipart without boundary" => Multipart("multipart/form-data", "--edge\r\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static StringContent Form(string body) => new(body, Encoding.ASCII, "application/x-www-form-urlencoded");

    private static StringContent Multipart(string contentType, string body)
    {
        var content = new StringContent(body, Encoding.ASCII);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static string Token(HtmlClient.Page page) =>
        page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException("No token");

    private static async Task<HtmlClient.Page> PostAsync(HtmlClient client, string url, HttpContent content)
    {
        using (content)
        {
            return await HtmlClient.Page.ReadAsync(await client.Http.PostAsync(new Uri(url, UriKind.Relative), content));
        }
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task SignIn_WithAFormThatCannotBeRead_IsTheSignInPageAgain_WithTheReason(string kind)
    {
        var client = _app.CreateHtmlClient();
        var token = Token(await client.GetAsync(SignIn));

        var page = await PostAsync(client, SignIn, Body(kind, token));

        Assert.Equal(400, (int)page.StatusCode);
        Assert.Equal("Sign in to MissingChildren", page.Heading);
        var message = Assert.Single(page.ErrorSummary);
        Assert.StartsWith("The form could not be read: ", message, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main form input[name=__RequestVerificationToken]"));
    }

    [Theory]
    [InlineData("Em%00ail=someone%40example.org&Password=x")]
    [InlineData("Email=some%00one%40example.org&Password=x%00")]
    public async Task SignIn_WithANulInAFieldNameOrValue_IsTheSignInPageAgain_WithAnError(string fields)
    {
        var client = _app.CreateHtmlClient();
        var token = Token(await client.GetAsync(SignIn));

        var page = await PostAsync(client, SignIn, Form($"__RequestVerificationToken={Uri.EscapeDataString(token)}&{fields}"));

        Assert.Equal(400, (int)page.StatusCode);
        Assert.Equal("Sign in to MissingChildren", page.Heading);
        Assert.NotEmpty(page.ErrorSummary);
    }

    [Fact]
    public async Task SignIn_WithAnExpiredToken_IsTheFormAgain_WithTheEmailKept_AndNotThePassword()
    {
        var client = _app.CreateHtmlClient();
        var form = await client.GetAsync(SignIn);

        var page = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["__RequestVerificationToken"] = "CfDJ8expired", ["Email"] = DemoUsers.EmailFor(Roles.SocialWorker), ["Password"] = DemoUsers.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal([SessionExpired], page.ErrorSummary);
        Assert.Equal(DemoUsers.EmailFor(Roles.SocialWorker), page.Document.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Null(page.Document.QuerySelector("#Password")?.GetAttribute("value"));
        Assert.Null(page.Response.Headers.Location);
        var again = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = DemoUsers.EmailFor(Roles.SocialWorker), ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task AddNote_WithAnExpiredToken_KeepsTheText_AndSavesNothing()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var childId = await _app.ChildIdAsync("P100");
        var form = await client.GetAsync($"/children/{childId}/notes/new");
        var notes = await _app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.ChildId == childId));

        var page = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["__RequestVerificationToken"] = "CfDJ8expired", ["NoteTitle"] = "Home visit", ["Text"] = "Spoke with the child at home about school.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("Add a case note", page.Heading);
        Assert.Equal([SessionExpired], page.ErrorSummary);
        Assert.Equal("Spoke with the child at home about school.", page.Document.QuerySelector("#Text")?.TextContent.Trim());
        Assert.Equal(notes, await _app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.ChildId == childId)));
    }

    [Fact]
    public async Task AddNote_WithAFormThatCannotBeRead_IsTheFormAgain_AndSavesNothing()
    {
        var client = await _app.SignedInAsync(Roles.SocialWorker);
        var childId = await _app.ChildIdAsync("P100");
        var token = Token(await client.GetAsync($"/children/{childId}/notes/new"));
        var notes = await _app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.ChildId == childId));

        var page = await PostAsync(client, $"/children/{childId}/notes/new", Body("too many fields", token));

        Assert.Equal(400, (int)page.StatusCode);
        Assert.Equal("Add a case note", page.Heading);
        Assert.StartsWith("The form could not be read: ", Assert.Single(page.ErrorSummary), StringComparison.Ordinal);
        Assert.Equal(notes, await _app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.ChildId == childId)));
    }

    [Theory]
    [InlineData("/error/0", 404)]
    [InlineData("/error/1", 404)]
    [InlineData("/error/200", 404)]
    [InlineData("/error/302", 404)]
    [InlineData("/error/999", 404)]
    [InlineData("/error/-500", 404)]
    [InlineData("/error/2147483647", 404)]
    [InlineData("/error/400", 400)]
    [InlineData("/error/403", 403)]
    [InlineData("/error/404", 404)]
    [InlineData("/error/500", 500)]
    public async Task TheErrorPage_AnswersOnlyWithAStatusTheServiceSends(string url, int status)
    {
        var page = await _app.CreateHtmlClient().GetAsync(url);

        Assert.Equal(status, (int)page.StatusCode);
        Assert.NotEmpty(page.Heading);
    }

    [Theory]
    [InlineData("/error/500", 500)]
    [InlineData("/error/0", 404)]
    public async Task APostToTheErrorPage_WithAFormThatCannotBeRead_IsTheErrorPage(string url, int status)
    {
        var page = await PostAsync(_app.CreateHtmlClient(), url, Body("too many fields", "none"));

        Assert.Equal(status, (int)page.StatusCode);
        Assert.NotEmpty(page.Heading);
    }
}

public sealed class PostedFormTestsOnSqlite(SqliteAppFactory app) : PostedFormTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostedFormTestsOnPostgreSql(PostgreSqlAppFactory app) : PostedFormTests(app), IClassFixture<PostgreSqlAppFactory>;
