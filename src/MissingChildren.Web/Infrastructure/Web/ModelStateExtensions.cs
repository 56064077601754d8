using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MissingChildren.Web.Infrastructure.Web;

public static class ModelStateExtensions
{
    /// <summary>
    /// Adds each field's first message (GOV.UK: one message per field, the first that applies), keeping the order
    /// the validators reported them in.
    /// </summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, IEnumerable<(string Field, string Message)> errors)
    {
        var order = new List<string>();
        foreach (var (field, message) in errors)
        {
            if (!order.Contains(field, StringComparer.Ordinal))
            {
                modelState.AddModelError(field, message);
                order.Add(field);
            }
        }

        modelState.KeepErrorOrder(order);
    }

    // ModelState does not keep the order errors were added in; the validators' rules follow the form, so the
    // error summary lists the messages in that order (GOV.UK: the same order as the fields).
    private static void KeepErrorOrder(this ModelStateDictionary modelState, List<string> order)
    {
        var existing = modelState.TryGetValue(ErrorOrderKey, out var entry) && entry.RawValue is string[] earlier ? earlier : [];
        modelState.SetModelValue(ErrorOrderKey, existing.Concat(order).Distinct(StringComparer.Ordinal).ToArray(), null);
        modelState.MarkFieldSkipped(ErrorOrderKey);
    }

    /// <summary>Where <see cref="AddFieldErrors"/> keeps the order of the fields in error.</summary>
    public const string ErrorOrderKey = "__error-order";

    /// <summary>The fields in error in the order the validators reported them; others after, as ModelState lists them.</summary>
    public static IEnumerable<KeyValuePair<string, ModelStateEntry?>> InErrorOrder(this ModelStateDictionary modelState)
    {
        var order = modelState.TryGetValue(ErrorOrderKey, out var entry) && entry.RawValue is string[] keys ? keys : [];
        return modelState.Where(e => e.Key != ErrorOrderKey)
            .Select((e, i) => (Entry: e, Rank: Array.IndexOf(order, e.Key) is var at and >= 0 ? at : order.Length + i))
            .OrderBy(e => e.Rank)
            .Select(e => e.Entry);
    }
}
