using System.Security.Cryptography;
using Microsoft.AspNetCore.CookiePolicy;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// The Content-Security-Policy (scripts from the service itself, and an inline script only with this request's nonce:
/// never <c>'unsafe-inline'</c>), HSTS for a year with subdomains, and cookies that are always <c>Secure</c> outside
/// Development, whatever scheme the request arrived on (TLS may end at a proxy that does not forward it).
/// </summary>
public static class ContentSecurity
{
    private const string NonceKey = "mc.csp-nonce";

    /// <summary>This request's nonce, for <c>&lt;script nonce="…"&gt;</c>: new and unguessable for each response.</summary>
    public static string CspNonce(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    public static string PolicyFor(HttpContext context) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{context.CspNonce()}'; " +
        "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IServiceCollection AddHstsForAYear(this IServiceCollection services) =>
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

    /// <summary>Outside Development every cookie the service sets (sign-in, anti-forgery) is Secure and HttpOnly.</summary>
    public static IApplicationBuilder UseSecureCookiesOutsideDevelopment(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Environment.IsDevelopment()
            ? app
            : app.UseCookiePolicy(new CookiePolicyOptions
            {
                Secure = CookieSecurePolicy.Always,
                HttpOnly = HttpOnlyPolicy.Always,
                MinimumSameSitePolicy = SameSiteMode.Lax,
            });
    }
}
