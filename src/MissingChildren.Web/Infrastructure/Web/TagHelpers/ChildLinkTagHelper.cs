using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MissingChildren.Web.Infrastructure.Web.TagHelpers;

/// <summary>
/// <c>&lt;child-link id="@row.ChildId" name="@row.ChildName" /&gt;</c>: the child's name, linked to their record
/// (<see cref="Links.Child"/>) where the signed-in person may open it, and plain where they may not
/// (<c>may-open="false"</c>, from <see cref="Features.Children.ChildAccess"/>).
/// </summary>
[HtmlTargetElement("child-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChildLinkTagHelper(HtmlEncoder encoder) : TagHelper
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Whether the signed-in person may open the child's record.</summary>
    public bool MayOpen { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagMode = TagMode.StartTagAndEndTag;
        if (MayOpen)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("class", "govuk-link");
            output.Attributes.SetAttribute("href", Links.Child(Id));
            output.Attributes.SetAttribute("data-testid", "child-link");
        }
        else
        {
            output.TagName = null;
        }

        output.Content.SetHtmlContent(encoder.Encode(Name));
    }
}
