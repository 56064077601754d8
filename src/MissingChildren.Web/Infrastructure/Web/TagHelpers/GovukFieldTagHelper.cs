using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MissingChildren.Web.Infrastructure.Web.TagHelpers;

/// <summary>
/// What every GOV.UK form field shares: the form group, the hint, the error message (from ModelState, keeping what
/// the user typed), and the ids that tie them together for screen readers.
/// </summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    protected static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>The label (or legend, for a group of inputs).</summary>
    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>Show the label or legend as the page's heading (one-question pages).</summary>
    public bool LabelIsPageHeading { get; set; }

    /// <summary>The label's size class: s, m or l.</summary>
    public string? LabelSize { get; set; }

    protected string Name => For.Name;

    protected string Id => ErrorSummaryTagHelper.FieldId(Name);

    protected ModelStateEntry? State => ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) ? entry : null;

    /// <summary>The first error for this field or any of its parts (a date's day, month and year).</summary>
    protected string? Error =>
        ViewContext.ViewData.ModelState
            .Where(e => (e.Key == Name || e.Key.StartsWith(Name + ".", StringComparison.Ordinal)) && e.Value is { Errors.Count: > 0 })
            .Select(e => e.Value!.Errors[0].ErrorMessage)
            .FirstOrDefault();

    /// <summary>The value to show: what was typed (when the page came back with errors) or the model's.</summary>
    protected string? Value => State?.AttemptedValue ?? Format(For.Model);

    protected static string? Format(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = Error;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var html = new StringBuilder();
        var describedBy = new List<string>();
        var hint = Hint is null ? "" : $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>";
        if (Hint is not null)
        {
            describedBy.Add($"{Id}-hint");
        }

        var errorHtml = error is null
            ? ""
            : $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(error)}</p>";
        if (error is not null)
        {
            describedBy.Add($"{Id}-error");
        }

        var aria = describedBy.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', describedBy)}\"";
        Render(html, hint + errorHtml, aria, error is not null);
        output.Content.SetHtmlContent(html.ToString());
    }

    /// <summary>Writes the label or fieldset, then <paramref name="hintAndError"/>, then the control(s).</summary>
    protected abstract void Render(StringBuilder html, string hintAndError, string ariaDescribedBy, bool hasError);

    protected string LabelHtml(string forId)
    {
        var size = LabelSize ?? (LabelIsPageHeading ? "l" : null);
        var label = $"<label class=\"govuk-label{(size is null ? "" : " govuk-label--" + size)}\" for=\"{forId}\">{Encoder.Encode(Label)}</label>";
        return LabelIsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected string FieldsetStart(string ariaDescribedBy)
    {
        var size = LabelSize ?? (LabelIsPageHeading ? "l" : "m");
        var legend = LabelIsPageHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{size}\"><h1 class=\"govuk-fieldset__heading\">{Encoder.Encode(Label)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{size}\">{Encoder.Encode(Label)}</legend>";
        return $"<fieldset class=\"govuk-fieldset\"{ariaDescribedBy}>{legend}";
    }

    protected static string Attr(string name, string? value) => value is null ? "" : $" {name}=\"{Encoder.Encode(value)}\"";
}

/// <summary><c>&lt;govuk-textarea asp-for="Reason" label="Why" rows="5" /&gt;</c></summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : GovukFieldTagHelper
{
    public int Rows { get; set; } = 5;

    /// <summary>
    /// The most characters the use case accepts: the GOV.UK character count, which tells the person how many they have
    /// left as they type and, without JavaScript, says the limit under the box.
    /// </summary>
    public int? MaxLength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        base.Process(context, output);
        if (MaxLength is { } max)
        {
            output.Attributes.SetAttribute("class", output.Attributes["class"].Value + " govuk-character-count");
            output.Attributes.SetAttribute("data-module", "govuk-character-count");
            output.Attributes.SetAttribute("data-maxlength", max.ToString(CultureInfo.InvariantCulture));
        }
    }

    protected override void Render(StringBuilder html, string hintAndError, string ariaDescribedBy, bool hasError)
    {
        var counted = MaxLength is not null;
        var info = $"{Id}-info";
        var describedBy = !counted ? ariaDescribedBy
            : ariaDescribedBy.Length == 0 ? $" aria-describedby=\"{info}\"" : ariaDescribedBy[..^1] + " " + info + "\"";
        html.Append(LabelHtml(Id)).Append(hintAndError)
            .Append(CultureInfo.InvariantCulture, $"<textarea class=\"govuk-textarea{(counted ? " govuk-js-character-count" : "")}{(hasError ? " govuk-textarea--error" : "")}\" id=\"{Id}\" name=\"{Encoder.Encode(Name)}\" rows=\"{Rows}\"{describedBy}>")
            .Append(Encoder.Encode(Value ?? ""))
            .Append("</textarea>");
        if (MaxLength is { } max)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div id=\"{info}\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {max.ToString("N0", CultureInfo.InvariantCulture)} characters</div>");
        }
    }
}

/// <summary><c>&lt;govuk-select asp-for="Team" label="Team" items="Model.Teams" /&gt;</c></summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : GovukFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    protected override void Render(StringBuilder html, string hintAndError, string ariaDescribedBy, bool hasError)
    {
        var value = Value;
        html.Append(LabelHtml(Id)).Append(hintAndError)
            .Append(CultureInfo.InvariantCulture, $"<select class=\"govuk-select{(hasError ? " govuk-select--error" : "")}\" id=\"{Id}\" name=\"{Encoder.Encode(Name)}\"{ariaDescribedBy}>");
        foreach (var item in Items)
        {
            var selected = string.Equals(item.Value, value, StringComparison.Ordinal) ? " selected" : "";
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encoder.Encode(item.Value)}\"{selected}>{Encoder.Encode(item.Text)}</option>");
        }

        html.Append("</select>");
    }
}

/// <summary>
/// <c>&lt;govuk-radios asp-for="Outcome" label="Outcome" items="Model.Outcomes" /&gt;</c>: one choice from a list;
/// the first radio takes the field's id so the error summary link lands on it. Questions that apply to one choice only
/// go inside it as <c>&lt;govuk-conditional value="Found"&gt;…&lt;/govuk-conditional&gt;</c>: GOV.UK's conditional
/// reveal shows them under that choice when it is chosen; without JavaScript they are all shown, under their choice.
/// </summary>
[HtmlTargetElement("govuk-radios")]
public sealed class RadiosTagHelper : GovukFieldTagHelper
{
    private Dictionary<string, string> _conditionals = new(StringComparer.Ordinal);

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public bool Inline { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        _conditionals = new(StringComparer.Ordinal);
        context.Items[typeof(RadiosTagHelper)] = _conditionals;
        await output.GetChildContentAsync();
        Process(context, output);
    }

    protected override void Render(StringBuilder html, string hintAndError, string ariaDescribedBy, bool hasError)
    {
        var value = Value;
        html.Append(FieldsetStart(ariaDescribedBy)).Append(hintAndError)
            .Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-radios{(Inline ? " govuk-radios--inline" : "")}\" data-module=\"govuk-radios\">");
        var i = 0;
        foreach (var item in Items)
        {
            var id = i == 0 ? Id : $"{Id}-{i + 1}";
            var itemHint = item.Group?.Name;
            var isChecked = string.Equals(item.Value, value, StringComparison.Ordinal);
            var checkedAttr = isChecked ? " checked" : "";
            var conditional = _conditionals.GetValueOrDefault(item.Value);
            var controls = conditional is null ? "" : $" data-aria-controls=\"conditional-{id}\"";
            html.Append("<div class=\"govuk-radios__item\">")
                .Append(CultureInfo.InvariantCulture, $"<input class=\"govuk-radios__input\" id=\"{id}\" name=\"{Encoder.Encode(Name)}\" type=\"radio\" value=\"{Encoder.Encode(item.Value)}\"{checkedAttr}{controls}{(itemHint is null ? "" : $" aria-describedby=\"{id}-item-hint\"")}>")
                .Append(CultureInfo.InvariantCulture, $"<label class=\"govuk-label govuk-radios__label\" for=\"{id}\">{Encoder.Encode(item.Text)}</label>");
            if (itemHint is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-radios__hint\">{Encoder.Encode(itemHint)}</div>");
            }

            html.Append("</div>");
            if (conditional is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-radios__conditional{(isChecked ? "" : " govuk-radios__conditional--hidden")}\" id=\"conditional-{id}\">{conditional}</div>");
            }

            i++;
        }

        html.Append("</div></fieldset>");
    }
}

/// <summary>
/// <c>&lt;govuk-conditional value="Found"&gt;…&lt;/govuk-conditional&gt;</c> inside <c>govuk-radios</c>: the questions
/// shown under that choice (see <see cref="RadiosTagHelper"/>).
/// </summary>
[HtmlTargetElement("govuk-conditional", ParentTag = "govuk-radios")]
public sealed class RadioConditionalTagHelper : TagHelper
{
    /// <summary>The value of the choice the questions belong to.</summary>
    public string Value { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        if (context.Items.TryGetValue(typeof(RadiosTagHelper), out var value) && value is Dictionary<string, string> conditionals)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            content.WriteTo(writer, HtmlEncoder.Default);
            conditionals[Value] = writer.ToString();
        }

        output.SuppressOutput();
    }
}

/// <summary>
/// <c>&lt;govuk-checkboxes asp-for="Agencies" label="Who attended" items="Model.AgencyItems" /&gt;</c>: several choices;
/// an item's <c>Group.Name</c>, when set, is its hint (as for radios).
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxesTagHelper : GovukFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    protected override void Render(StringBuilder html, string hintAndError, string ariaDescribedBy, bool hasError)
    {
        var chosen = State?.AttemptedValue is { } attempted
            ? attempted.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
            : (For.Model as System.Collections.IEnumerable)?.Cast<object>().Select(o => Format(o) ?? "").ToHashSet(StringComparer.Ordinal)
              ?? [];
        html.Append(FieldsetStart(ariaDescribedBy)).Append(hintAndError).Append("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\">");
        var i = 0;
        foreach (var item in Items)
        {
            var id = i == 0 ? Id : $"{Id}-{i + 1}";
            var checkedAttr = chosen.Contains(item.Value) || item.Selected ? " checked" : "";
            var itemHint = item.Group?.Name;
            html.Append("<div class=\"govuk-checkboxes__item\">")
                .Append(CultureInfo.InvariantCulture, $"<input class=\"govuk-checkboxes__input\" id=\"{id}\" name=\"{Encoder.Encode(Name)}\" type=\"checkbox\" value=\"{Encoder.Encode(item.Value)}\"{checkedAttr}{(itemHint is null ? "" : $" aria-describedby=\"{id}-item-hint\"")}>")
                .Append(CultureInfo.InvariantCulture, $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{id}\">{Encoder.Encode(item.Text)}</label>");
            if (itemHint is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div id=\"{id}-item-hint\" class=\"govuk-hint govuk-checkboxes__hint\">{Encoder.Encode(itemHint)}</div>");
            }

            html.Append("</div>");
            i++;
        }

        html.Append("</div></fieldset>");
    }
}

/// <summary>
/// <c>&lt;govuk-date-input asp-for="FoundOn" label="Date found" /&gt;</c> for a <see cref="DateParts"/>: day, month
/// and year boxes (and the time, for a <see cref="DateTimeParts"/>), as the GOV.UK date pattern asks.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : GovukFieldTagHelper
{
    protected override void Render(StringBuilder html, string hintAndError, string ariaDescribedBy, bool hasError)
    {
        var model = For.Model as DateParts;
        html.Append(FieldsetStart(ariaDescribedBy).Replace("<fieldset class=\"govuk-fieldset\"", "<fieldset class=\"govuk-fieldset\" role=\"group\"", StringComparison.Ordinal))
            .Append(hintAndError)
            .Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-date-input\" id=\"{Id}\">");
        Part(html, "Day", "Day", model?.Day, 2, hasError, first: true);
        Part(html, "Month", "Month", model?.Month, 2, hasError, first: false);
        Part(html, "Year", "Year", model?.Year, 4, hasError, first: false);
        if (model is DateTimeParts timed || For.ModelExplorer.ModelType == typeof(DateTimeParts))
        {
            Part(html, "Time", "Time (24-hour, like 21:30)", (model as DateTimeParts)?.Time, 5, hasError, first: false);
        }

        html.Append("</div></fieldset>");
    }

    private void Part(StringBuilder html, string part, string label, string? modelValue, int width, bool hasError, bool first)
    {
        var name = $"{Name}.{part}";
        var id = first ? $"{Id}.{part}" : $"{Id}.{part}";
        var value = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.AttemptedValue : modelValue;
        var inputMode = part == "Time" ? "" : " inputmode=\"numeric\"";
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">")
            .Append(CultureInfo.InvariantCulture, $"<label class=\"govuk-label govuk-date-input__label\" for=\"{ErrorSummaryTagHelper.FieldId(id)}\">{label}</label>")
            .Append(CultureInfo.InvariantCulture, $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(hasError ? " govuk-input--error" : "")}\" id=\"{ErrorSummaryTagHelper.FieldId(id)}\" name=\"{Encoder.Encode(name)}\" type=\"text\"{inputMode}{Attr("value", value)}>")
            .Append("</div></div>");
    }
}
