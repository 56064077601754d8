using Microsoft.AspNetCore.Authentication;

namespace MissingChildren.Web.Infrastructure.Api;

/// <summary>
/// A request under <c>/api/v1</c> with a valid key that routing cannot serve is told why, as problem+json: a method the
/// address does not take is 405 with <c>Allow</c>, a body of the wrong media type 415, and an address that names nothing
/// (<c>/api/v1/episodes/not-a-guid</c>) 404. Without a valid key (a person's cookie included) it is the API's 401, as
/// for any other API address, so nothing is told to a caller who is not known.
/// </summary>
public static class ApiRejections
{
    // The endpoints routing makes for a request it matched by address but not by method or media type.
    private const string MethodNotAllowed = "405 HTTP";
    private const string MediaTypeNotSupported = "415 HTTP";

    /// <summary>After <c>UseAuthentication</c> and before <c>UseAuthorization</c>.</summary>
    public static IApplicationBuilder UseApiRejections(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        var rejected = endpoint is null || endpoint is not RouteEndpoint && endpoint.DisplayName is { } name
            && (name.StartsWith(MethodNotAllowed, StringComparison.Ordinal) || name.StartsWith(MediaTypeNotSupported, StringComparison.Ordinal));
        if (!rejected || !context.Request.Path.StartsWithSegments(ApiSetup.GroupPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (!(await context.AuthenticateAsync(ApiKeyDefaults.AuthenticationScheme)).Succeeded)
        {
            // Routing's own 405/415 endpoints carry no policy of the API's, and a person's cookie would pass the pages'
            // fallback policy: the API answers only keys, so anyone else gets its 401.
            await context.ChallengeAsync(ApiKeyDefaults.AuthenticationScheme);
            return;
        }

        if (endpoint?.RequestDelegate is { } reject)
        {
            // Sets 405 and Allow, or 415.
            await reject(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        var (title, detail) = context.Response.StatusCode switch
        {
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"This address takes {context.Response.Headers.Allow}."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported media type", "Send the request body with the Content-Type this call reads: application/json, or application/merge-patch+json for PATCH."),
            _ => ("Not found", "No API call has that address."),
        };
        await ApiProblem.WriteAsync(context, context.Response.StatusCode, title, detail);
    });
}
