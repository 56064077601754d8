using MissingChildren.Web.Infrastructure.Jobs;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Infrastructure.Identity;

/// <summary>
/// A person who must change their password (the bootstrap administrator, <see cref="Data.ApplicationUser.MustChangePassword"/>)
/// is sent to <see cref="Links.ChangePassword"/> from every page until they have; signing out and the error pages stay reachable.
/// </summary>
public static class PasswordChangeRequired
{
    public const string ClaimType = "mc:must-change-password";

    private static readonly PathString[] Reachable = [Links.ChangePassword, "/account/sign-out", "/error"];

    public static IApplicationBuilder UsePasswordChangeRequired(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == ClaimType) && IsScreen(context) && !Reachable.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(Links.ChangePassword);
            return;
        }

        await next(context);
    });

    /// <summary>A page of the service or the jobs dashboard; not the API, static files or health probes.</summary>
    private static bool IsScreen(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null
        || context.Request.Path.StartsWithSegments(JobsSetup.DashboardPath, StringComparison.OrdinalIgnoreCase);
}
