using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MissingChildren.Web.Infrastructure.Web.TagHelpers;

/// <summary>
/// <c>&lt;govuk-input asp-for="Email" label="Email address" /&gt;</c>: a GOV.UK text input with its label, hint
/// and error message, keeping what the user typed when the page comes back with errors.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the input, such as <c>govuk-input--width-20</c>.</summary>
    public string? InputClass { get; set; }

    /// <summary>Render the label as the page heading (for one-question pages).</summary>
    public bool LabelIsPageHeading { get; set; }

    /// <summary>Never send the value back to the browser (passwords).</summary>
    public bool OmitValue { get; set; }

    public bool Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = ErrorSummaryTagHelper.FieldId(name);
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var value = OmitValue ? null : state?.AttemptedValue ?? For.Model?.ToString();
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        var label = $"<label class=\"govuk-label{(LabelIsPageHeading ? " govuk-label--l" : "")}\" for=\"{id}\">{enc.Encode(Label)}</label>";
        html.Append(LabelIsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label);
        if (Hint is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div id=\"{id}-hint\" class=\"govuk-hint\">{enc.Encode(Hint)}</div>");
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {enc.Encode(error)}</p>");
            describedBy.Add($"{id}-error");
        }

        var classes = $"govuk-input{(InputClass is null ? "" : " " + InputClass)}{(error is null ? "" : " govuk-input--error")}";
        html.Append(CultureInfo.InvariantCulture, $"<input class=\"{classes}\" id=\"{id}\" name=\"{enc.Encode(name)}\" type=\"{enc.Encode(Type)}\"");
        html.Append(CultureInfo.InvariantCulture, $" spellcheck=\"{(Spellcheck ? "true" : "false")}\"");
        if (value is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $" value=\"{enc.Encode(value)}\"");
        }

        if (Autocomplete is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $" autocomplete=\"{enc.Encode(Autocomplete)}\"");
        }

        if (describedBy.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        html.Append('>');
        output.Content.SetHtmlContent(html.ToString());
    }
}
