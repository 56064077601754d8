using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Web.Pages;

/// <summary>
/// The cookies the service sets, named as the app is configured (so the page is right whatever the settings), that it
/// uses no analytics, and what it keeps about the staff who use it. Open to anyone: it is linked from every footer.
/// </summary>
[AllowAnonymous]
public sealed class CookiesModel(
    IOptionsMonitor<CookieAuthenticationOptions> cookies,
    IOptions<AntiforgeryOptions> antiforgery,
    IOptions<CookieTempDataProviderOptions> tempData,
    ITempDataProvider tempDataProvider,
    IOptions<Infrastructure.Identity.SessionOptions> session,
    IOptions<OpenIdConnectSignInOptions> organisationSignIn,
    IOptionsMonitor<OpenIdConnectOptions> openIdConnect,
    IOptions<PrivacyOptions> privacy) : PageModel
{
    public sealed record Cookie(string Name, string Purpose, string Expires);

    public IReadOnlyList<Cookie> Cookies { get; private set; } = [];

    /// <summary>Who decides how the information is used: the configured organisation, or the council in general words.</summary>
    public string Controller => string.IsNullOrWhiteSpace(privacy.Value.Controller) ? "The council that runs this service" : privacy.Value.Controller.Trim();

    public string? Contact => string.IsNullOrWhiteSpace(privacy.Value.Contact) ? null : privacy.Value.Contact.Trim();

    public void OnGet()
    {
        var limits = session.Value;
        var list = new List<Cookie>
        {
            new(cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "",
                "Keeps you signed in, and holds who you are and your roles",
                $"When you sign out, after {Duration(limits.IdleTimeout)} without using the service, or {Duration(limits.AbsoluteLifetime)} after you signed in"),
            new(antiforgery.Value.Cookie.Name ?? "",
                "Checks that a form you send was sent from this service, not from another website",
                "When you close your browser"),
        };
        if (tempDataProvider is CookieTempDataProvider)
        {
            list.Add(new(tempData.Value.Cookie.Name ?? "",
                "Carries a message to the next page you see, such as confirming that a change was saved",
                "When the message has been shown, or when you close your browser"));
        }

        if (organisationSignIn.Value.Enabled)
        {
            var oidc = openIdConnect.Get(OpenIdConnectDefaults.AuthenticationScheme);
            const string WhileSigningIn = "Used for a moment while you sign in with your organisation's account";
            list.Add(new(cookies.Get(IdentityConstants.ExternalScheme).Cookie.Name ?? "", WhileSigningIn, "When you have signed in"));
            list.Add(new($"{oidc.CorrelationCookie.Name}…", WhileSigningIn, $"When you have signed in, or after {Duration(oidc.RemoteAuthenticationTimeout)}"));
            list.Add(new($"{oidc.NonceCookie.Name}…", WhileSigningIn, $"When you have signed in, or after {Duration(oidc.ProtocolValidator.NonceLifetime)}"));
        }

        Cookies = list;
    }

    /// <summary>"30 minutes", "1 hour", "10 hours".</summary>
    public static string Duration(TimeSpan span) => span.TotalHours >= 1 && span.Minutes == 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalHours:0} hour{(span.TotalHours == 1 ? "" : "s")}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} minutes");
}
