using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MissingChildren.Web.Infrastructure.Web;

public static class ModelStateExtensions
{
    /// <summary>
    /// Copies validation failures into ModelState under the page's property prefix, so the error summary links to
    /// the field and the field shows its message.
    /// </summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationException exception, string? prefix = null)
    {
        foreach (var failure in exception.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? failure.PropertyName : $"{prefix}.{failure.PropertyName}";
            modelState.AddModelError(key, failure.ErrorMessage);
        }
    }
}
