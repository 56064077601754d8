using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Identity;

/// <summary>
/// The authentication cookie's checks on every request, before the security stamp (<see cref="AccountSignInManager"/>):
/// the session ends <see cref="SessionOptions.IdleTimeout"/> after the last request and
/// <see cref="SessionOptions.AbsoluteLifetime"/> after signing in, whatever the activity. The time of signing in is kept
/// in the cookie's protected properties (it survives the principal being rebuilt on each request); the time of the last
/// request is the cookie's issue time, renewed on every request.
/// </summary>
public static class SessionLimits
{
    /// <summary>The sign-in page's query parameter saying why the session ended (only <see cref="Inactive"/> is shown).</summary>
    public const string ReasonParameter = "signedOut";

    public const string Inactive = "inactive";

    public const string Expired = "expired";

    private const string SignedInAtKey = ".mc.signed-in-at";
    private const string EndedReasonKey = "mc.session-ended";

    public static void Apply(CookieAuthenticationOptions cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        cookie.Events.OnSigningIn = context =>
        {
            // A refreshed sign-in (a changed password) keeps the original time: the absolute limit runs from signing in.
            if (!context.Properties.Items.ContainsKey(SignedInAtKey))
            {
                context.Properties.Items[SignedInAtKey] = Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture);
            }

            return Task.CompletedTask;
        };
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (EndedBecause(context.HttpContext, context.Properties) is { } reason)
            {
                context.HttpContext.Items[EndedReasonKey] = reason;
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await SecurityStampValidator.ValidatePrincipalAsync(context);
        };
    }

    /// <summary>Where the challenge sends a person whose session just ended: the sign-in page, saying why.</summary>
    public static string SignInRedirect(HttpContext context, string redirectUri)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[EndedReasonKey] is string reason
            ? $"{redirectUri}{(redirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{ReasonParameter}={reason}"
            : redirectUri;
    }

    private static string? EndedBecause(HttpContext http, AuthenticationProperties properties)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<SessionOptions>>().Value;
        var now = Now(http);
        if (!properties.Items.TryGetValue(SignedInAtKey, out var text)
            || !DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signedInAt)
            || now - signedInAt >= options.AbsoluteLifetime)
        {
            return Expired;
        }

        return properties.IssuedUtc is { } lastRequest && now - lastRequest >= options.IdleTimeout ? Inactive : null;
    }

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
