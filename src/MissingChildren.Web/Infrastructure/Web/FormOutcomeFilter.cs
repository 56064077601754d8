using System.Reflection;
using FluentValidation;
using MissingChildren.Web.Features;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// Every page's answer when a use case refuses (style.md "Errors"), so page models hold no try/catch:
/// invalid input goes into ModelState under the form's field names and the page is drawn again with 400; a record
/// that does not exist is the 404 page; a person who may not do it gets 403; someone else's save first is one
/// message in the error summary, with the person's input kept.
/// </summary>
public sealed class FormOutcomeFilter : IAsyncPageFilter
{
    /// <summary>The hidden field that carries the version a form was read at (optimistic concurrency).</summary>
    public const string VersionField = "Version";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled)
        {
            return;
        }

        IActionResult? result = exception switch
        {
            ValidationException invalid => await InvalidAsync(context, invalid),
            DbUpdateConcurrencyException => await ConflictAsync(context),
            RecordNotFoundException or RhiNotFoundException => new NotFoundResult(),
            UnauthorizedAccessException or ChildAccessDeniedException => new ForbidResult(),
            _ => null,
        };
        if (result is not null)
        {
            executed.Result = result;
            executed.ExceptionHandled = true;
        }
    }

    private static async Task<IActionResult> InvalidAsync(PageHandlerExecutingContext context, ValidationException exception)
    {
        var fieldFor = FieldNames(context);
        context.ModelState.AddFieldErrors(exception.Errors.Select(e => (fieldFor(e.PropertyName), e.ErrorMessage)));
        return await RedisplayAsync(context, Redisplay.Invalid);
    }

    private static async Task<IActionResult> ConflictAsync(PageHandlerExecutingContext context)
    {
        // One message for every form; the next save starts from the record as now stored.
        context.ModelState.AddModelError("", EditConflict.Message);
        context.ModelState.Remove(VersionField);

        // The refused save's changes are still tracked: drop them, so the page reads the record as now stored.
        context.HttpContext.RequestServices.GetService<AppDbContext>()?.ChangeTracker.Clear();
        return await RedisplayAsync(context, Redisplay.Conflict);
    }

    /// <summary>The page drawn again with 400, after it reloads what it shows (<see cref="IRedisplayedForm"/>).</summary>
    internal static async Task<IActionResult> RedisplayAsync(PageHandlerExecutingContext context, Redisplay reason)
    {
        if (context.HandlerInstance is IRedisplayedForm form)
        {
            try
            {
                await form.ReloadAsync(reason, context.HttpContext.RequestAborted);
            }
            catch (RecordNotFoundException)
            {
                // Gone while the person was working on it.
                return new NotFoundResult();
            }
        }

        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    /// <summary>A command property's form field: a <see cref="FormFieldAttribute"/>, else the property under the handler's <see cref="FormPrefixAttribute"/>.</summary>
    private static Func<string, string> FieldNames(PageHandlerExecutingContext context)
    {
        var method = context.HandlerMethod?.MethodInfo;
        var named = (method?.GetCustomAttributes<FormFieldAttribute>() ?? [])
            .Concat(context.HandlerInstance.GetType().GetCustomAttributes<FormFieldAttribute>())
            .ToList();
        var prefix = method?.GetCustomAttribute<FormPrefixAttribute>()?.Prefix;
        return property => named.FirstOrDefault(f => f.Property == property)?.Field
            ?? (string.IsNullOrEmpty(prefix) ? property : $"{prefix}.{property}");
    }
}
