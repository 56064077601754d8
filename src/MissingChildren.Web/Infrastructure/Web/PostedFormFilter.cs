using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// Checks every posted form before its handler runs, and answers a form it refuses with the same page (400) and a
/// message in the error summary, rather than the generic error page:
/// a form that cannot be read (a field or a body over the limits, a field name with a NUL, a broken multipart body)
/// says so; a form whose anti-forgery token no longer holds (the session expired, or the person signed in again)
/// asks the person to check their answers and send them again, with what they typed kept (never a password).
/// It is the anti-forgery check in force for pages (it follows the pages' own <c>[AutoValidateAntiforgeryToken]</c>
/// and so replaces it), so nothing is saved from a form that fails it; a page marked
/// <c>[IgnoreAntiforgeryToken]</c> is left alone.
/// </summary>
public sealed partial class PostedFormFilter(IAntiforgery antiforgery, ILogger<PostedFormFilter> logger) : IAsyncPageFilter, IAntiforgeryPolicy
{
    /// <summary>After the pages' anti-forgery attributes (1000), so this filter is the policy in force.</summary>
    public const int Order = 1001;

    public const string SessionExpired = "Your session expired. Check your answers and send them again.";

    public const string Unreadable = "The form could not be read";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!Checked(context, request.Method))
        {
            await next();
            return;
        }

        if (await UnreadableAsync(request) is { } reason)
        {
            // Nothing of the form was read: the page is drawn as stored, with the reason.
            LogUnreadable(logger, reason);
            context.ModelState.Clear();
            context.ModelState.AddModelError("", $"{Unreadable}: {reason}. Check your answers and send them again.");
            context.Result = await Answer(context, Redisplay.Conflict);
            return;
        }

        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            LogTokenRefused(logger);
            context.ModelState.AddModelError("", SessionExpired);
            context.Result = await Answer(context, Redisplay.Invalid);
            return;
        }

        await next();
    }

    /// <summary>Unsafe methods, on pages whose closest anti-forgery policy is not <c>[IgnoreAntiforgeryToken]</c>.</summary>
    private bool Checked(FilterContext context, string method)
    {
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            return false;
        }

        var closest = context.Filters.OfType<IAntiforgeryPolicy>().LastOrDefault(p => !ReferenceEquals(p, this));
        return closest is not IgnoreAntiforgeryTokenAttribute;
    }

    /// <summary>Why the posted form cannot be read, in words for the person who sent it; null when it can.</summary>
    internal static async Task<string?> UnreadableAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return "it is too large";
        }
        catch (InvalidDataException invalid) when (invalid.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return "it is too large, or has too many fields or too long a field";
        }
        catch (Exception unread) when (unread is InvalidDataException or IOException)
        {
            return "it was not sent whole or in a form the service understands";
        }
    }

    /// <summary>The page again (400) when it shows a form; a page with nothing typed to keep (a button) is the 400 error page.</summary>
    private static async Task<IActionResult> Answer(PageHandlerExecutingContext context, Redisplay reason) =>
        Redisplayable(context)
            ? await FormOutcomeFilter.RedisplayAsync(context, reason)
            : new BadRequestResult();

    private static bool Redisplayable(PageHandlerExecutingContext context) =>
        context.HandlerInstance is IRedisplayedForm
        || context.ActionDescriptor.BoundProperties.Any(p => p.BindingInfo?.BindingSource != BindingSource.Path
                                                             && p.BindingInfo?.BindingSource != BindingSource.Query);

    [LoggerMessage(Level = LogLevel.Information, Message = "A posted form could not be read ({Reason}); the page is shown again")]
    private static partial void LogUnreadable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "A posted form's anti-forgery token did not hold; the form is shown again")]
    private static partial void LogTokenRefused(ILogger logger);
}

/// <summary>
/// A form value provider that provides nothing when the form cannot be read, so the route and the query still bind
/// (the page and its record are known) and <see cref="PostedFormFilter"/> says what went wrong.
/// </summary>
internal sealed class ReadableFormValueProviderFactory(IValueProviderFactory form) : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await PostedFormFilter.UnreadableAsync(context.ActionContext.HttpContext.Request) is null)
        {
            await form.CreateValueProviderAsync(context);
        }
    }
}

public static class PostedFormOptions
{
    /// <summary>Adds <see cref="PostedFormFilter"/> to pages, and lets a form that cannot be read bind nothing rather than stop binding.</summary>
    public static MvcOptions AddPostedFormChecks(this MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Filters.Add<PostedFormFilter>(PostedFormFilter.Order);
        var factories = options.ValueProviderFactories;
        for (var i = 0; i < factories.Count; i++)
        {
            if (factories[i] is FormValueProviderFactory or JQueryFormValueProviderFactory or FormFileValueProviderFactory)
            {
                factories[i] = new ReadableFormValueProviderFactory(factories[i]);
            }
        }

        return options;
    }
}
