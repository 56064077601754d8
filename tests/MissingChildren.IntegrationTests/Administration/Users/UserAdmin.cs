using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MissingChildren.IntegrationTests.Administration.Users;

/// <summary>What the user administration tests share: the form, the e-mailed link, and a signed-in cookie replayed later.</summary>
internal static partial class UserAdmin
{
    public const string Users = "/admin/users";

    public static string UserPage(string id) => $"{Users}/{id}";

    /// <summary>The create form's fields for a user of one role, with a unique e-mail address.</summary>
    public static Dictionary<string, string?> NewUser(string? email = null, string role = "SocialWorker", string name = "Sam Patel") => new()
    {
        ["DisplayName"] = name,
        ["Email"] = email ?? $"{TestData.Unique("new-user-")}@example.org",
        ["Roles"] = role,
        ["Agency"] = "ChildrensSocialCare",
    };

    public static async Task<string> UserIdAsync(AppFactory app, string email) =>
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>The e-mails sent to this address (the host's pickup folder), oldest first.</summary>
    public static List<MimeMessage> MailTo(AppFactory app, string email) =>
        !Directory.Exists(app.MailFolder)
            ? []
            : [.. Directory.GetFiles(app.MailFolder, "*.eml")
                .Select(file => MimeMessage.Load(file))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(m => m.Date)];

    /// <summary>The set-password link of the newest e-mail to this address, as a path and query on the test host.</summary>
    public static string SetPasswordLink(AppFactory app, string email)
    {
        var body = MailTo(app, email).Last().TextBody ?? "";
        return LinkPattern().Match(body) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No set-password link in: " + body);
    }

    /// <summary>The authentication cookie a sign-in set, to send again later as a stolen or old cookie would be.</summary>
    public static string AuthCookie(HtmlClient.Page signedIn) =>
        signedIn.Response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("mc.auth=", StringComparison.Ordinal));

    /// <summary>
    /// Opens a page with only this cookie, a moment later (the account is checked on every request after the one the
    /// cookie was issued in; the test clock stands still otherwise): 200 while the session is good, a redirect to sign
    /// in once it has ended.
    /// </summary>
    public static async Task<HttpStatusCode> OpenWithCookieAsync(AppFactory app, string cookie, string url = "/notices")
    {
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        using var response = await GetWithCookieAsync(app, cookie, url);
        return response.StatusCode;
    }

    /// <summary>A GET carrying only this cookie, as a browser holding it would send.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(AppFactory app, string cookie, string url)
    {
        using var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request);
    }

    /// <summary>Signs in with an e-mail and password; the page the sign-in answered with.</summary>
    public static async Task<HtmlClient.Page> SignInAsync(HtmlClient client, string email, string password) =>
        await client.SubmitAsync(await client.GetAsync("/account/sign-in"), new Dictionary<string, string?> { ["Email"] = email, ["Password"] = password });

    [GeneratedRegex(@"https://missing-children\.test(/account/set-password\?\S+)")]
    private static partial Regex LinkPattern();
}
