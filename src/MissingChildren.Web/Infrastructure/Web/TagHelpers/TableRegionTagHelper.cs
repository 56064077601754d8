using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MissingChildren.Web.Infrastructure.Web.TagHelpers;

/// <summary>
/// Every GOV.UK table (<c>&lt;table class="govuk-table"&gt;</c>) sits in a scrolling region, so a table wider than the
/// screen scrolls on its own and the page never scrolls sideways (WCAG 2.2 reflow, 1.4.10): a
/// <c>&lt;div class="mc-table-region" role="region" tabindex="0" aria-labelledby="…"&gt;</c> named by the table's
/// caption, which a keyboard can focus and scroll with the arrow keys. The region's style is <c>.mc-table-region</c> in
/// site.css. Nothing to write in a page: give the table a caption (visually hidden if the heading above says it).
/// </summary>
[HtmlTargetElement("table", Attributes = "[class^=govuk-table]")]
public sealed class TableRegionTagHelper : TagHelper
{
    private static readonly object CounterKey = new();

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>Runs before the caption's helper, so the caption can take the id the region is labelled by.</summary>
    public override int Order => -1;

    public override void Init(TagHelperContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = ViewContext.HttpContext.Items;
        var number = items.TryGetValue(CounterKey, out var last) && last is int n ? n + 1 : 1;
        items[CounterKey] = number;
        context.Items[typeof(TableRegionTagHelper)] = new Caption("mc-table-caption-" + number.ToString(CultureInfo.InvariantCulture));
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var caption = (Caption)context.Items[typeof(TableRegionTagHelper)];
        output.Content.SetHtmlContent(await output.GetChildContentAsync());
        var name = caption.Found ? $"aria-labelledby=\"{caption.Id}\"" : "aria-label=\"Table\"";
        output.PreElement.SetHtmlContent($"<div class=\"mc-table-region\" role=\"region\" tabindex=\"0\" {name}>");
        output.PostElement.SetHtmlContent("</div>");
    }

    /// <summary>The id of the table's caption, shared with <see cref="TableCaptionTagHelper"/>.</summary>
    internal sealed class Caption(string id)
    {
        public string Id { get; set; } = id;

        public bool Found { get; set; }
    }
}

/// <summary>A GOV.UK table's caption names its scrolling region (<see cref="TableRegionTagHelper"/>): it gets an id if it has none.</summary>
[HtmlTargetElement("caption", ParentTag = "table")]
public sealed class TableCaptionTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (!context.Items.TryGetValue(typeof(TableRegionTagHelper), out var value) || value is not TableRegionTagHelper.Caption caption)
        {
            return;
        }

        caption.Found = true;
        if (output.Attributes.TryGetAttribute("id", out var id) && id.Value?.ToString() is { Length: > 0 } existing)
        {
            caption.Id = existing;
        }
        else
        {
            output.Attributes.SetAttribute("id", caption.Id);
        }
    }
}
