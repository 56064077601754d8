using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using MissingChildren.Domain;

namespace MissingChildren.IntegrationTests.Platform;

/// <summary>
/// Outside Development: a Content-Security-Policy that runs only the service's own scripts and the one inline script
/// with this response's nonce; HSTS for a year with subdomains; sign-in and anti-forgery cookies always Secure, even
/// for a request that arrived over plain HTTP (TLS ended at a proxy that does not say so).
/// </summary>
public sealed partial class SecurityHeaderTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task EveryPage_HasAContentSecurityPolicy_WithANewNonce_OnItsOnlyInlineScript()
    {
        var client = await app.SignedInAsync(Roles.FrontDoor);

        var first = await client.GetAsync("/notices");
        var second = await client.GetAsync("/notices");

        var policy = Assert.Single(first.Response.Headers.GetValues("Content-Security-Policy"));
        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        var inline = first.Document.QuerySelectorAll("script:not([src])");
        Assert.Equal(nonce, Assert.Single(inline).GetAttribute("nonce"));
        Assert.True(nonce.Length >= 22, "the nonce carries at least 128 bits");
        var secondNonce = NoncePattern().Match(Assert.Single(second.Response.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        Assert.NotEqual(nonce, secondNonce);
    }

    [Fact]
    public async Task Https_HasStrictTransportSecurity_ForAYear_WithSubdomains()
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://missing-children.test") });

        using var response = await http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task OverPlainHttp_TheSignInAndAntiforgeryCookies_AreStillSecure()
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var form = await http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var document = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync());
        var token = document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = DemoUsers.EmailFor(Roles.Police), ["Password"] = DemoUsers.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        using var signedIn = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mc.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();
}
