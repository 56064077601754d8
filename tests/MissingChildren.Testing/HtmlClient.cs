using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace MissingChildren.Testing;

/// <summary>
/// A browser without JavaScript: follows no redirects by itself, keeps cookies, reads pages as HTML documents
/// and submits their forms with the anti-forgery token, as a person's browser would.
/// </summary>
public sealed class HtmlClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<Page> GetAsync(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        return await Page.ReadAsync(response);
    }

    /// <summary>Fills the page's form (the first, or the one matching <paramref name="formSelector"/>) and submits it.</summary>
    public Task<Page> SubmitAsync(Page page, IDictionary<string, string?> values, string formSelector = "main form") =>
        SubmitAsync(page, [.. values.Where(v => v.Value is not null).Select(v => (v.Key, v.Value!))], [.. values.Keys], formSelector);

    /// <summary>
    /// Submits the page's form with these fields, as a browser does: a field may appear more than once (several
    /// checkboxes ticked). The form's hidden fields (the anti-forgery token, the version) are kept unless given.
    /// </summary>
    public Task<Page> SubmitAsync(Page page, IEnumerable<(string Name, string Value)> values, string formSelector = "main form")
    {
        var given = values.ToList();
        return SubmitAsync(page, given, [.. given.Select(v => v.Name)], formSelector);
    }

    private async Task<Page> SubmitAsync(Page page, List<(string Name, string Value)> values, HashSet<string> named, string formSelector)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !named.Contains(i.Name!))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)))
            .ToList();
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(fields);
        var response = await Http.PostAsync(new Uri(action, UriKind.Relative), content);
        return await Page.ReadAsync(response);
    }

    /// <summary>Submits the page's form as <c>multipart/form-data</c>, as a browser does for a form with a file: these fields and one file.</summary>
    public async Task<Page> SubmitWithFileAsync(Page page, IDictionary<string, string?> values, string fileField, byte[] file, string fileName, string contentType, string formSelector = "main form")
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(values);
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Where(i => !values.ContainsKey(i.Name!)))
        {
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        foreach (var (name, value) in values.Where(v => v.Value is not null))
        {
            content.Add(new StringContent(value!), name);
        }

        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(bytes, fileField, fileName);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        var response = await Http.PostAsync(new Uri(action, UriKind.Relative), content);
        return await Page.ReadAsync(response);
    }

    public Task<Page> SignInAsync(string role, string? password = null) => SignInWithEmailAsync(DemoUsers.EmailFor(role), password);

    /// <summary>Signs in as a worker a test made (<see cref="TestData.WorkerAsync"/>).</summary>
    public Task<Page> SignInAsync(TestData.TestWorker worker) => SignInWithEmailAsync(worker.Email, null);

    private async Task<Page> SignInWithEmailAsync(string email, string? password)
    {
        var signIn = await GetAsync("/account/sign-in");
        var result = await SubmitAsync(signIn, new Dictionary<string, string?>
        {
            ["Email"] = email,
            ["Password"] = password ?? DemoUsers.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        return result;
    }

    public sealed record Page(HttpStatusCode StatusCode, string Url, IHtmlDocument Document, HttpResponseMessage Response)
    {
        public string? Location => Response.Headers.Location?.ToString();

        public string Title => Document.Title ?? "";

        public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

        public IReadOnlyList<string> ErrorSummary =>
            [.. Document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim())];

        public string? FieldError(string fieldId) =>
            Document.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

        public string Text => Document.Body?.TextContent ?? "";

        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var document = await Parser.ParseDocumentAsync(html);
            var url = response.RequestMessage?.RequestUri?.PathAndQuery ?? "/";
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                PlainWords.AssertReadable(url, PlainWords.VisibleText(document));
            }

            return new Page(response.StatusCode, response.RequestMessage?.RequestUri?.PathAndQuery ?? "/", document, response);
        }
    }
}

public static class AppFactoryClientExtensions
{
    /// <summary>
    /// A browser on HTTPS, as people use the service: outside Development its cookies are Secure, and a browser sends
    /// them back only over HTTPS.
    /// </summary>
    public static HtmlClient CreateHtmlClient(this AppFactory factory) =>
        new(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        }));

    /// <summary>A client signed in as the demo user with this role.</summary>
    public static async Task<HtmlClient> SignedInAsync(this AppFactory factory, string role)
    {
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(role);
        return client;
    }

    /// <summary>A client signed in as a worker the test made.</summary>
    public static async Task<HtmlClient> SignedInAsync(this AppFactory factory, TestData.TestWorker worker)
    {
        var client = factory.CreateHtmlClient();
        await client.SignInAsync(worker);
        return client;
    }
}
