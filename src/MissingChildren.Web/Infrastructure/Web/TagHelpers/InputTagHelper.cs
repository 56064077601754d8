using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MissingChildren.Web.Infrastructure.Web.TagHelpers;

/// <summary>
/// <c>&lt;govuk-input asp-for="Email" label="Email address" /&gt;</c>: a GOV.UK text input with its label, hint
/// and error message, keeping what the user typed when the page comes back with errors.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : GovukFieldTagHelper
{
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the input, such as <c>govuk-input--width-20</c>.</summary>
    public string? InputClass { get; set; }

    /// <summary>Never send the value back to the browser (passwords).</summary>
    public bool OmitValue { get; set; }

    public bool Spellcheck { get; set; }

    protected override void Render(StringBuilder html, string hintAndError, string ariaDescribedBy, bool hasError)
    {
        var classes = $"govuk-input{(InputClass is null ? "" : " " + InputClass)}{(hasError ? " govuk-input--error" : "")}";
        html.Append(LabelHtml(Id)).Append(hintAndError)
            .Append(CultureInfo.InvariantCulture, $"<input class=\"{classes}\" id=\"{Id}\" name=\"{Encoder.Encode(Name)}\" type=\"{Encoder.Encode(Type)}\"")
            .Append(CultureInfo.InvariantCulture, $" spellcheck=\"{(Spellcheck ? "true" : "false")}\"")
            .Append(OmitValue ? "" : Attr("value", Value))
            .Append(Attr("autocomplete", Autocomplete))
            .Append(ariaDescribedBy)
            .Append('>');
    }
}
