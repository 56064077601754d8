using MissingChildren.Web.Infrastructure.Web;
using MissingChildren.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace MissingChildren.Web.Infrastructure.Api;

/// <summary>
/// Policy names for integration API endpoints: <c>.RequireAuthorization(ApiPolicies.Read)</c>. Each authenticates with
/// the API key scheme only, so a signed-in member of staff without a key is refused.
/// </summary>
public static class ApiPolicies
{
    /// <summary>Any known integration client; applied to the whole <c>/api/v1</c> group.</summary>
    public const string Client = "api:client";

    public const string NotificationsWrite = "api:" + IntegrationScopes.NotificationsWrite;

    public const string ChildrenWrite = "api:" + IntegrationScopes.ChildrenWrite;

    public const string Read = "api:" + IntegrationScopes.Read;

    public const string AttendanceWrite = "api:" + IntegrationScopes.AttendanceWrite;
}

public static class ApiSetup
{
    public const string GroupPrefix = "/api/v1";

    public const string GroupTag = "Integration API v1";

    /// <summary>
    /// The API key scheme, the configured and created clients, the <see cref="ApiPolicies"/> and the 401/403 problem+json answers.
    /// Leaves the default (cookie) scheme and the fallback policy as they are.
    /// </summary>
    public static IServiceCollection AddIntegrationApi(this IServiceCollection services)
    {
        services.AddSingleton<IntegrationClientRegistry>();
        services.AddSingleton<DatabaseClientKeys>();
        services.AddAuthentication()
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.AuthenticationScheme, displayName: null, _ => { });
        services.AddAuthorization(o =>
        {
            o.AddPolicy(ApiPolicies.Client, p => p
                .AddAuthenticationSchemes(ApiKeyDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());
            AddScopePolicy(o, ApiPolicies.NotificationsWrite, IntegrationScopes.NotificationsWrite);
            AddScopePolicy(o, ApiPolicies.ChildrenWrite, IntegrationScopes.ChildrenWrite);
            AddScopePolicy(o, ApiPolicies.Read, IntegrationScopes.Read);
            AddScopePolicy(o, ApiPolicies.AttendanceWrite, IntegrationScopes.AttendanceWrite);
        });

        // Registered after AddAuthorization's TryAdd of the default handler, so this one is resolved.
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        return services;
    }

    /// <summary>
    /// The <c>/api/v1</c> group the API endpoints hang on. Every endpoint in it needs a known API key even before its own
    /// scope policy, so one that forgets <c>RequireAuthorization</c> is never left to the cookie fallback policy.
    /// </summary>
    public static RouteGroupBuilder MapIntegrationApiGroup(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(GroupPrefix)
            .WithTags(GroupTag)
            .RequireAuthorization(ApiPolicies.Client)
            .AddEndpointFilter<ReadAuditEndpointFilter>(); // GET answers with a child's data are audited as read
        group.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static void AddScopePolicy(AuthorizationOptions options, string name, string scope) =>
        options.AddPolicy(name, p => p
            .AddAuthenticationSchemes(ApiKeyDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiKeyDefaults.ScopeClaim, scope));
}

/// <summary>
/// For policies that authenticate with the API key, a forbidden request is answered naming the scope it lacked;
/// everything else (challenges, pages, cookie policies) goes to the default handler.
/// </summary>
internal sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || !policy.AuthenticationSchemes.Contains(ApiKeyDefaults.AuthenticationScheme))
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        var properties = new AuthenticationProperties();
        var scope = authorizeResult.AuthorizationFailure?.FailedRequirements
            .OfType<ClaimsAuthorizationRequirement>()
            .Where(r => r.ClaimType == ApiKeyDefaults.ScopeClaim)
            .SelectMany(r => r.AllowedValues ?? [])
            .FirstOrDefault();
        if (scope is not null)
        {
            properties.Items[ApiKeyDefaults.RequiredScopeItem] = scope;
        }

        return context.ForbidAsync(ApiKeyDefaults.AuthenticationScheme, properties);
    }
}
