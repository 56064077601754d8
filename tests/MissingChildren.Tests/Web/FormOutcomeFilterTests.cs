using FluentValidation;
using FluentValidation.Results;
using MissingChildren.Web.Features;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MissingChildren.Tests.Web;

/// <summary>The page filter: what a page shows when a use case refuses, without a try/catch in the page model.</summary>
public sealed class FormOutcomeFilterTests
{
    [Fact]
    public async Task Invalid_ReDrawsThePageWith400_ErrorsUnderTheFormsFieldNames_InTheValidatorsOrder()
    {
        var page = new FakePage();
        var invalid = new ValidationException([
            new ValidationFailure("LastName", "Enter the child's last name"),
            new ValidationFailure("Child", "Enter the child's local ID, or their first and last names"),
            new ValidationFailure("Source", "Enter the source of the notification"),
            new ValidationFailure("Source", "Source must be 100 characters or fewer"),
        ]);

        var (result, modelState) = await RunAsync(page, nameof(FakePage.OnPostNewChild), invalid);

        var drawn = Assert.IsType<PageResult>(result);
        Assert.Equal(StatusCodes.Status400BadRequest, drawn.StatusCode);
        Assert.Equal(Redisplay.Invalid, page.Reloaded);
        Assert.Equal(["NewChild.LastName", "Name", "NewChild.Source"], modelState.InErrorOrder().Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key));
        Assert.Equal("Enter the source of the notification", Assert.Single(modelState["NewChild.Source"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Conflict_IsTheOneMessageInTheSummary_TheInputIsKept_AndTheVersionIsTheStoredOne()
    {
        var page = new FakePage();
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Version", "old", "old");
        modelState.SetModelValue("Text", "What was typed", "What was typed");

        var (result, _) = await RunAsync(page, nameof(FakePage.OnPost), new DbUpdateConcurrencyException("changed"), modelState);

        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<PageResult>(result).StatusCode);
        Assert.Equal(Redisplay.Conflict, page.Reloaded);
        Assert.Equal(EditConflict.Message, Assert.Single(modelState[""]!.Errors).ErrorMessage);
        Assert.False(modelState.ContainsKey("Version"));
        Assert.Equal("What was typed", modelState["Text"]!.AttemptedValue);
    }

    [Fact]
    public async Task NotFound_Is404_AndAccessDeniedIs403()
    {
        var (notFound, _) = await RunAsync(new FakePage(), nameof(FakePage.OnPost), new RecordNotFoundException());
        var denied = await RunAsync(new FakePage(), nameof(FakePage.OnPost), new ChildAccessDeniedException());
        var unauthorised = await RunAsync(new FakePage(), nameof(FakePage.OnPost), new UnauthorizedAccessException());

        Assert.IsType<NotFoundResult>(notFound);
        Assert.IsType<ForbidResult>(denied.Result);
        Assert.IsType<ForbidResult>(unauthorised.Result);
    }

    [Fact]
    public async Task AnyOtherException_IsLeftAlone()
    {
        var (result, _) = await RunAsync(new FakePage(), nameof(FakePage.OnPost), new InvalidOperationException(), handled: false);

        Assert.Null(result);
    }

    private static async Task<(IActionResult? Result, ModelStateDictionary ModelState)> RunAsync(
        FakePage page, string handlerName, Exception exception, ModelStateDictionary? modelState = null, bool handled = true)
    {
        modelState ??= new ModelStateDictionary();
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        var pageContext = new PageContext(new ActionContext(http, new RouteData(), new CompiledPageActionDescriptor(), modelState));
        var handler = new HandlerMethodDescriptor { MethodInfo = typeof(FakePage).GetMethod(handlerName)!, Name = handlerName, HttpMethod = "POST" };
        var executing = new PageHandlerExecutingContext(pageContext, [], handler, new Dictionary<string, object?>(), page);
        var executed = new PageHandlerExecutedContext(pageContext, [], handler, page) { Exception = exception };

        await new FormOutcomeFilter().OnPageHandlerExecutionAsync(executing, () => Task.FromResult(executed));

        Assert.Equal(handled, executed.ExceptionHandled);
        return (executed.Result, modelState);
    }

    [FormField("Child", "Name")]
    private sealed class FakePage : PageModel, IRedisplayedForm
    {
        public Redisplay? Reloaded { get; private set; }

        public void OnPost()
        {
        }

        [FormPrefix("NewChild")]
        public void OnPostNewChild()
        {
        }

        public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
        {
            Reloaded = reason;
            return Task.CompletedTask;
        }
    }
}
