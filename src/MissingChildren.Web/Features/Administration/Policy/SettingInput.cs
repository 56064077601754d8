using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>The input that fits a setting's type.</summary>
public enum SettingKind
{
    /// <summary>A whole number.</summary>
    Number,

    /// <summary>Yes or No radios.</summary>
    YesNo,

    Text,

    /// <summary>One of an enum's values (a select).</summary>
    Choice,

    /// <summary>Several of an enum's values (checkboxes).</summary>
    Choices,

    /// <summary>A 24-hour time, like 09:00.</summary>
    Time,

    /// <summary>Core hours: a start and an end time.</summary>
    CoreHours,

    /// <summary>A group of settings (or a list of them) typed as JSON, as in the profile file.</summary>
    Json,
}

/// <summary>What an administrator typed for one setting, read into the JSON an override keeps.</summary>
/// <param name="Value">The single input (number, yes/no, text, choice, time or JSON).</param>
/// <param name="Values">The checkboxes ticked.</param>
/// <param name="Start">Core hours' start.</param>
/// <param name="End">Core hours' end.</param>
public sealed record SettingValue(string? Value, IReadOnlyList<string>? Values, string? Start, string? End)
{
    /// <summary>The form fields an error is shown against (the command's property names).</summary>
    public const string ValueField = "Value";
    public const string ValuesField = "Values";
    public const string StartField = "Start";
    public const string EndField = "End";
}

public static class SettingInput
{
    public static SettingKind KindOf(SettingType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            { IsEnumList: true } => SettingKind.Choices,
            { IsEnum: true } => SettingKind.Choice,
            _ when type.Type == typeof(int) => SettingKind.Number,
            _ when type.Type == typeof(bool) => SettingKind.YesNo,
            _ when type.Type == typeof(string) => SettingKind.Text,
            _ when type.Type == typeof(TimeOnly) => SettingKind.Time,
            _ when type.Type == typeof(CoreHours) => SettingKind.CoreHours,
            _ => SettingKind.Json,
        };
    }

    /// <summary>The enum's values as (name, words), for a select or checkboxes; empty for any other setting.</summary>
    public static IReadOnlyList<(string Name, string Words)> Options(SettingType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var enumType = type.IsEnumList ? type.ElementType! : type.IsEnum ? type.Type : null;
        return enumType is null ? [] : Enum.GetNames(enumType).Select(n => (n, PolicySettings.Words(n))).ToList();
    }

    /// <summary>
    /// The JSON for what was typed, or the field and message saying why it cannot be read. Empty means null
    /// ("not applied in this profile") where the setting allows it.
    /// </summary>
    public static (JsonNode? Json, string? Field, string? Error) Read(SettingType type, SettingValue input)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(input);
        var kind = KindOf(type);
        var value = input.Value?.Trim();
        if (kind is not (SettingKind.Choices or SettingKind.CoreHours) && string.IsNullOrEmpty(value))
        {
            return type.AllowsNull ? (null, null, null) : (null, SettingValue.ValueField, Missing(kind));
        }

        return kind switch
        {
            SettingKind.Number => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? (JsonValue.Create(n), null, null)
                : (null, SettingValue.ValueField, "The new value must be a whole number, like 72"),
            SettingKind.YesNo => value switch
            {
                "Yes" => (JsonValue.Create(true), null, null),
                "No" => (JsonValue.Create(false), null, null),
                _ => (null, SettingValue.ValueField, "Select yes or no"),
            },
            SettingKind.Text => (JsonValue.Create(value), null, null),
            SettingKind.Choice => Options(type).Any(o => o.Name == value)
                ? (JsonValue.Create(value), null, null)
                : (null, SettingValue.ValueField, "Select the new value from the list"),
            SettingKind.Choices => ReadChoices(type, input.Values ?? []),
            SettingKind.Time => ReadTime(value!) is { } time
                ? (JsonValue.Create(time), null, null)
                : (null, SettingValue.ValueField, "The new value must be a 24-hour time, like 09:00"),
            SettingKind.CoreHours => ReadCoreHours(input),
            _ => ReadJson(value!),
        };
    }

    /// <summary>The form's starting values for a setting's current value.</summary>
    public static SettingValue ToInput(SettingType type, JsonNode? current)
    {
        ArgumentNullException.ThrowIfNull(type);
        return KindOf(type) switch
        {
            SettingKind.YesNo => new SettingValue(current?.GetValueKind() switch { JsonValueKind.True => "Yes", JsonValueKind.False => "No", _ => null }, null, null, null),
            SettingKind.Choices => new SettingValue(null, (current as JsonArray)?.Select(n => n?.ToString() ?? "").ToList() ?? [], null, null),
            SettingKind.CoreHours => new SettingValue(null, null, current?["start"]?.ToString(), current?["end"]?.ToString()),
            SettingKind.Json => new SettingValue(current is null ? null : current.ToJsonString(Indented), null, null, null),
            _ => new SettingValue(current?.ToString(), null, null, null),
        };
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Missing(SettingKind kind) => kind switch
    {
        SettingKind.YesNo => "Select yes or no",
        SettingKind.Choice => "Select the new value from the list",
        SettingKind.Number => "Enter the new value as a whole number",
        SettingKind.Time => "Enter the new value as a 24-hour time, like 09:00",
        _ => "Enter the new value",
    };

    private static (JsonNode?, string?, string?) ReadChoices(SettingType type, IReadOnlyList<string> values)
    {
        var names = Options(type).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        return values.All(names.Contains)
            ? (new JsonArray(values.Distinct(StringComparer.Ordinal).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()), null, null)
            : (null, SettingValue.ValuesField, "Select the new values from the list");
    }

    private static (JsonNode?, string?, string?) ReadCoreHours(SettingValue input)
    {
        if (ReadTime(input.Start?.Trim() ?? "") is not { } start)
        {
            return (null, SettingValue.StartField, "The start of core hours must be a 24-hour time, like 09:00");
        }

        if (ReadTime(input.End?.Trim() ?? "") is not { } end)
        {
            return (null, SettingValue.EndField, "The end of core hours must be a 24-hour time, like 17:00");
        }

        return (new JsonObject { ["start"] = start, ["end"] = end }, null, null);
    }

    private static (JsonNode?, string?, string?) ReadJson(string value)
    {
        try
        {
            return (JsonNode.Parse(value), null, null);
        }
        catch (JsonException)
        {
            return (null, SettingValue.ValueField, "The new value must be written as JSON, as in the profile file");
        }
    }

    private static string? ReadTime(string value) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;
}
