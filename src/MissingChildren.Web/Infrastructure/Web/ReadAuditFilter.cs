using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissingChildren.Web.Features.Auditing;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// Every page that shows children's data (its model is an <see cref="IShowsChildRecords"/>) writes what it showed to the
/// audit log as "Viewed" once its GET has succeeded: one batched insert per request, nothing read again (ADR 0006).
/// </summary>
public sealed class ReadAuditFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        var request = context.HttpContext.Request;
        if ((!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            || executed.Exception is not null
            || executed.HandlerInstance is not IShowsChildRecords shows
            || !Shown(executed.Result))
        {
            return;
        }

        await context.HttpContext.RequestServices.GetRequiredService<ReadAudit>()
            .ViewedAsync(shows.RecordsShown, request.Path.Value ?? "", context.HttpContext.RequestAborted);
    }

    /// <summary>The page (or its file) is sent: not a redirect, a 404 or a 403.</summary>
    private static bool Shown(IActionResult? result) => result switch
    {
        null => true,
        PageResult page => page.StatusCode is null or < 400,
        FileResult => true,
        _ => false,
    };
}

/// <summary>The API's GET answers that carry a child's data (<see cref="IShowsChildRecords"/>) are written as "Viewed" too.</summary>
public sealed class ReadAuditEndpointFilter(ReadAudit audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var request = context.HttpContext.Request;
        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (HttpMethods.IsGet(request.Method) && answer is IValueHttpResult { Value: IShowsChildRecords shows }
            && answer is not IStatusCodeHttpResult { StatusCode: >= 400 })
        {
            await audit.ViewedAsync(shows.RecordsShown, request.Path.Value ?? "", context.HttpContext.RequestAborted);
        }

        return result;
    }
}

/// <summary>
/// Every refusal is an audit entry ("Refused"): a 403 (a role the page or endpoint does not allow, or an access rule that
/// refused the child), a 401 to someone who is signed in or holds a valid key, and a record an access rule refused
/// though the answer says "not found" (<see cref="AccessRefusals"/>). Written as the answer starts, before the person
/// sees it. The record asked for is read from the address: which record, and the child when the address names them.
/// </summary>
public static class RefusalAudit
{
    public static IApplicationBuilder UseRefusalAudit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.OnStarting(() => WriteAsync(context));
        }

        await next(context);
    });

    private static async Task WriteAsync(HttpContext context)
    {
        if (context.User.Identity is not { IsAuthenticated: true })
        {
            return;
        }

        var status = context.Response.StatusCode;
        var noted = context.RequestServices.GetRequiredService<AccessRefusals>().Refused;
        if (noted is null && status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden))
        {
            return;
        }

        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? context.Request.Path.Value ?? "";
        var (entityType, entityId, childId) = noted is null ? AskedFor(path) : (noted.EntityType, noted.EntityId, noted.ChildId);
        await context.RequestServices.GetRequiredService<ReadAudit>().RefusedAsync(entityType, entityId, childId, path, status, CancellationToken.None);
    }

    /// <summary>The record an address asks for: <c>/children/{id}/…</c> is that child's case record, <c>/rhi/{id}</c> an RHI, and so on.</summary>
    public static (string EntityType, string EntityId, Guid? ChildId) AskedFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 2 && segments[0].Equals("api", StringComparison.OrdinalIgnoreCase))
        {
            segments = segments[2..]; // api/v1/…
        }

        var id = segments.Skip(1).FirstOrDefault(s => Guid.TryParse(s, out _));
        var first = segments.FirstOrDefault()?.ToLowerInvariant();
        return first switch
        {
            "children" when segments.Length > 1 => ("Child", segments[1], Guid.TryParse(segments[1], out var child) ? child : null),
            "rhi" when id is not null => ("ReturnHomeInterview", id, null),
            "episodes" when segments.Length > 1 => ("MissingEpisode", segments[1], null),
            "authorisations" or "police" when id is not null => ("DutyTask", id, null),
            "front-door" when id is not null => (segments.Contains("episodes", StringComparer.OrdinalIgnoreCase) ? "MissingEpisode" : "Notification", id, null),
            _ => ("Page", path, null),
        };
    }
}
