using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MissingChildren.Web.Infrastructure.Web.TagHelpers;

/// <summary>
/// <c>&lt;due-explanation text="@duty.DueExplanation" /&gt;</c>: beside a due time, a GOV.UK details element (no
/// JavaScript needed) saying how the date was worked out: the rule and profile, when its clock started and why, and the
/// arithmetic (<see cref="Domain.Duties.DeadlineExplanation"/>). Renders nothing when there is no explanation.
/// </summary>
[HtmlTargetElement("due-explanation", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DueExplanationTagHelper(HtmlEncoder encoder) : TagHelper
{
    /// <summary>The duty's explanation of its due time.</summary>
    public string? Text { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(Text))
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-details govuk-!-margin-top-1 govuk-!-margin-bottom-0 govuk-!-font-size-16");
        output.Attributes.SetAttribute("data-testid", "due-explanation");
        output.Content.SetHtmlContent(
            "<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">How this date was worked out</span></summary>"
            + $"<div class=\"govuk-details__text\">{encoder.Encode(Text)}</div>");
    }
}
