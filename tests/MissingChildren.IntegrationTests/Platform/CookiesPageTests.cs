using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>
/// The cookies and privacy page, linked from every page's footer and open without signing in, names every cookie
/// the service really sets, says no analytics are used, and names the data controller as configured.
/// </summary>
public abstract class CookiesPageTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected CookiesPageTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    [Fact]
    public async Task EveryCookieTheServiceSets_IsNamedOnThePage_OpenWithoutSigningIn()
    {
        // The cookies a person's browser is given: signing in, then saving a change (its banner is carried to the next page).
        var set = new HashSet<string>(StringComparer.Ordinal);
        var client = _app.CreateHtmlClient();
        var signIn = await client.GetAsync("/account/sign-in");
        Collect(set, signIn);
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(Roles.SocialWorker, team);
        var child = await _data.ChildAsync(involvement: "CLA", worker: worker);
        Collect(set, await client.SubmitAsync(signIn, new Dictionary<string, string?> { ["Email"] = worker.Email, ["Password"] = DemoUsers.Password }));
        var note = await client.GetAsync($"/children/{child.Id}/notes/new");
        Collect(set, note);
        Collect(set, await client.SubmitAsync(note, new Dictionary<string, string?> { ["NoteTitle"] = "Visit", ["Text"] = "Seen at home." }));

        var footerLink = note.Document.QuerySelector("footer a[href='/cookies']");
        var page = await _app.CreateHtmlClient().GetAsync("/cookies");

        Assert.Equal("Cookies and privacy", footerLink?.TextContent);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(3, set.Count); // signed in, anti-forgery, the banner's message
        var named = page.Document.QuerySelectorAll("[data-testid=cookies] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.All(set, name => Assert.Contains(name, named));
        Assert.Contains("We do not use analytics cookies or any other tracking", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("The council that runs this service is the data controller", page.Document.QuerySelector("[data-testid=controller]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("contact your council's data protection officer", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfiguredController_AndTheirContact_AreNamed()
    {
        await using var host = _app.WithWebHostBuilder(b => b
            .UseSetting("Privacy:Controller", "North Somerset Council")
            .UseSetting("Privacy:Contact", "dpo@n-somerset.example"));
        using var http = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var page = await new HtmlClient(http).GetAsync("/cookies");

        Assert.StartsWith("North Somerset Council is the data controller", page.Document.QuerySelector("[data-testid=controller]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("dpo@n-somerset.example", page.Document.QuerySelector("[data-testid=privacy-contact]")?.TextContent);
    }

    private static void Collect(HashSet<string> names, HtmlClient.Page page)
    {
        foreach (var header in page.Response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            names.Add(header[..header.IndexOf('=', StringComparison.Ordinal)]);
        }
    }
}

public sealed class CookiesPageTestsOnSqlite(SqliteAppFactory app) : CookiesPageTests(app), IClassFixture<SqliteAppFactory>;

public sealed class CookiesPageTestsOnPostgreSql(PostgreSqlAppFactory app) : CookiesPageTests(app), IClassFixture<PostgreSqlAppFactory>;
