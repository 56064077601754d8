using Microsoft.AspNetCore.HttpOverrides;

namespace MissingChildren.Web.Infrastructure.Web;

public static class WebPipeline
{
    public static bool IsApi(this PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>ForwardedHeaders__Enabled=true</c> behind a load balancer or reverse proxy that terminates TLS, so links,
    /// cookies and logs see the original scheme and client address.
    /// </summary>
    public static IServiceCollection AddForwardedHeadersWhenConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }

        return services;
    }

    public static IApplicationBuilder UseForwardedHeadersWhenConfigured(this WebApplication app) =>
        app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled") ? app.UseForwardedHeaders() : app;

    /// <summary>
    /// Headers that keep children's data out of caches, frames and referrers, and a Content-Security-Policy that runs
    /// only the service's own scripts and the one inline script carrying this request's nonce (<see cref="ContentSecurity"/>).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurity.PolicyFor(context);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/assets"))
            {
                headers.CacheControl = "no-cache, no-store";
                headers.Pragma = "no-cache";
            }

            return next(context);
        });
}
