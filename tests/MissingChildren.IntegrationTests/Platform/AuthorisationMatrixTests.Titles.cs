using System.Net;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>
/// A page's title starts "Error:" only when its form was refused: screen readers announce it first. Every page route,
/// visited plainly (no query, no form) by the first role that opens it, has a title without it. And the background jobs
/// dashboard, a technical tool outside the service's design, is linked from the administration page only.
/// </summary>
public abstract partial class AuthorisationMatrixTests
{
    [Fact]
    public async Task EveryPage_OnAPlainVisit_HasNoErrorTitle_AndOnlyAdministrationLinksToTheJobsDashboard()
    {
        var samples = await SamplesAsync();
        var clients = new List<HtmlClient> { _app.CreateHtmlClient() };
        foreach (var role in Roles.All)
        {
            clients.Add(await _app.SignedInAsync(role));
        }

        var visited = new List<string>();
        var errors = new List<string>();
        var jobsLinkedFrom = new List<string>();
        foreach (var (_, pattern) in Routes().Where(r => r.Method == "GET" && !r.Pattern.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var url = Fill(pattern, samples);
            foreach (var client in clients)
            {
                var page = await client.GetAsync(url);
                if (page.StatusCode == HttpStatusCode.OK && page.Response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    visited.Add(url);
                    if (page.Title.StartsWith("Error:", StringComparison.Ordinal))
                    {
                        errors.Add($"{url}: \"{page.Title}\"");
                    }

                    if (!url.StartsWith("/admin/jobs", StringComparison.Ordinal) && page.Document.QuerySelector("a[href^='/admin/jobs']") is not null)
                    {
                        jobsLinkedFrom.Add(url);
                    }

                    break;
                }
            }
        }

        Assert.Contains(Web.Infrastructure.Web.Links.Notices, visited);
        Assert.Contains(Web.Infrastructure.Web.Links.Authorisations, visited);
        Assert.True(errors.Count == 0, "Pages titled as an error on a plain visit:\n" + string.Join("\n", errors));
        Assert.Equal([Web.Infrastructure.Web.Links.Admin], jobsLinkedFrom);
    }
}
