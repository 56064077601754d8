using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MissingChildren.Web.Infrastructure.Web.TagHelpers;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: the GOV.UK error summary drawn from ModelState, each message linking to
/// its field. Renders nothing when the page has no errors.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState.InErrorOrder()
            .Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(error => (Field: e.Key, error.ErrorMessage)))
            .DistinctBy(e => e.ErrorMessage)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var html = new System.Text.StringBuilder();
        html.Append("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
            .Append("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (field, message) in errors)
        {
            var encoded = HtmlEncoder.Default.Encode(message);
            if (string.IsNullOrEmpty(field))
            {
                html.Append("<li>").Append(encoded).Append("</li>");
            }
            else
            {
                html.Append("<li><a href=\"#").Append(HtmlEncoder.Default.Encode(FieldId(field))).Append("\">")
                    .Append(encoded).Append("</a></li>");
            }
        }

        html.Append("</ul></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }

    /// <summary>The id Razor gives the input for a model key (<c>Input.Email</c> is <c>Input_Email</c>).</summary>
    public static string FieldId(string key) => TagBuilder.CreateSanitizedId(key, "_");
}
