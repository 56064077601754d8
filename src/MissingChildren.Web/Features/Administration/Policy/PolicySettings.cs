using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>
/// A profile's settings as people read them: walked from the profile file in its own order and groups, each with the
/// protocol text it comes from (the nearest <c>$comment</c>) and its value in words.
/// </summary>
public static class PolicySettings
{
    public const string NotApplied = "Not applied in this profile";

    /// <summary>The file keys that name the profile rather than set a rule.</summary>
    private static readonly HashSet<string> Identity = new(StringComparer.Ordinal) { "name", "displayName", "authority", PolicyProfileJson.BasedOnKey };

    /// <summary>One setting: where it is, what it is called, what the protocol says, and its value.</summary>
    public sealed record Setting(string Path, string Label, IReadOnlyList<string> Comments, JsonNode? Value);

    /// <summary>One top-level section of the file (intake, while missing, …) and its settings.</summary>
    public sealed record Group(string Key, string Title, IReadOnlyList<string> Comments, IReadOnlyList<Setting> Settings);

    /// <summary>
    /// The groups of <paramref name="effective"/> (the profile with its overrides), with the comments of
    /// <paramref name="file"/> (the resolved profile file, comments kept) at the same places.
    /// </summary>
    public static IReadOnlyList<Group> Groups(JsonObject file, JsonObject effective)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(effective);
        var groups = new List<Group>();
        foreach (var (key, value) in effective)
        {
            if (key.StartsWith('$') || Identity.Contains(key))
            {
                continue;
            }

            var fileNode = file[key];
            var comments = CommentsOf(fileNode);
            var settings = new List<Setting>();
            Walk(fileNode, value, key, "", comments, settings);
            groups.Add(new Group(key, Title(key), comments, settings));
        }

        return groups;
    }

    /// <summary>The protocols the profile comes from (<c>$sources</c>).</summary>
    public static IReadOnlyList<string> Sources(JsonObject file) => Texts(file?["$sources"]);

    /// <summary>The comments that explain <paramref name="path"/> in <paramref name="file"/>: the nearest <c>$comment</c> on the way to it.</summary>
    public static IReadOnlyList<string> CommentsFor(JsonObject file, string path)
    {
        ArgumentNullException.ThrowIfNull(file);
        IReadOnlyList<string> nearest = [];
        JsonNode? node = file;
        foreach (var step in PolicyPaths.Parse(path))
        {
            node = step.IsIndex ? (node as JsonArray) is { } a && step.Index < a.Count ? a[step.Index] : null : (node as JsonObject)?[step.Key!];
            if (CommentsOf(node) is { Count: > 0 } here)
            {
                nearest = here;
            }
        }

        return nearest;
    }

    /// <summary>"Return interview", from <c>returnInterview</c>.</summary>
    public static string Title(string key) => key switch
    {
        "seraf" => "Child exploitation risk assessment (SERAF)",
        _ => Words(key),
    };

    /// <summary>"Contact attempts: minimum" for <c>returnInterview.contactAttempts.minimum</c> (the group's title is not repeated).</summary>
    public static string Label(string path)
    {
        var parts = new List<string>();
        var steps = PolicyPaths.Parse(path);
        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].IsIndex)
            {
                parts[^1] += $" {(steps[i].Index + 1).ToString(CultureInfo.InvariantCulture)}";
            }
            else
            {
                var words = Words(steps[i].Key!);
                parts.Add(parts.Count == 0 ? words : char.ToLowerInvariant(words[0]) + words[1..]);
            }
        }

        return parts.Count == 0 ? Title(path) : Capitalise(string.Join(": ", parts));
    }

    /// <summary>The value in words: Yes or No, "72 hours", an enum's words, <see cref="NotApplied"/> for null.</summary>
    public static string InWords(string path, JsonNode? value)
    {
        var key = PolicyPaths.Parse(path).LastOrDefault(s => !s.IsIndex).Key ?? "";
        return value switch
        {
            null => NotApplied,
            JsonArray { Count: 0 } => "None",
            JsonArray array => string.Join(", ", array.Select((item, i) => InWords($"{path}[{i}]", item))),
            JsonObject obj => string.Join("; ", obj.Where(p => !p.Key.StartsWith('$')).Select(p => $"{Words(p.Key)}: {InWords($"{path}.{p.Key}", p.Value)}")),
            JsonValue v when v.GetValueKind() is JsonValueKind.True => "Yes",
            JsonValue v when v.GetValueKind() is JsonValueKind.False => "No",
            JsonValue v when v.GetValueKind() is JsonValueKind.Number => Quantity(key, v.GetValue<decimal>()),
            JsonValue v when IsEnum(path) => Words(v.ToString()),
            _ => value.ToString(),
        };
    }

    /// <summary>A value as it is kept in an override: compact JSON.</summary>
    public static string Json(JsonNode? value) => value?.ToJsonString() ?? "null";

    /// <summary>An enum's name in words: <c>ReturnKnown</c> is "Return known".</summary>
    public static string Words(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (boundary)
            {
                text.Append(' ');
            }

            text.Append(boundary && (i + 1 >= name.Length || char.IsLower(name[i + 1])) ? char.ToLowerInvariant(c) : c);
        }

        return Capitalise(text.ToString());
    }

    private static bool IsEnum(string path) => PolicyPaths.TypeOf(path) is { } t && (t.IsEnum || t.IsEnumList);

    private static string Quantity(string key, decimal n)
    {
        var number = n.ToString("0.##", CultureInfo.InvariantCulture);
        string Unit(string one) => n == 1 ? $"1 {one}" : $"{number} {one}s";
        return key switch
        {
            _ when key.EndsWith("WorkingDays", StringComparison.Ordinal) => Unit("working day"),
            _ when key.EndsWith("CoreHours", StringComparison.Ordinal) => $"{Unit("hour")} of core hours",
            _ when key.EndsWith("Hours", StringComparison.Ordinal) || key.EndsWith("HoursFrom", StringComparison.Ordinal) => Unit("hour"),
            _ when key.EndsWith("Days", StringComparison.Ordinal) || key == "days" => Unit("day"),
            _ when key == "months" => Unit("month"),
            _ when key.EndsWith("Age", StringComparison.Ordinal) => $"{number} years old",
            _ => number,
        };
    }

    private static void Walk(JsonNode? fileNode, JsonNode? node, string path, string label, IReadOnlyList<string> inherited, List<Setting> settings)
    {
        var comments = CommentsOf(fileNode) is { Count: > 0 } own ? own : inherited;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (!key.StartsWith('$'))
                    {
                        Walk((fileNode as JsonObject)?[key], value, $"{path}.{key}", label, comments, settings);
                    }
                }

                break;
            case JsonArray array when array.Count > 0 && array.All(item => item is JsonObject):
                for (var i = 0; i < array.Count; i++)
                {
                    var fileItem = fileNode is JsonArray fileArray && i < fileArray.Count ? fileArray[i] : null;
                    Walk(fileItem, array[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", label, comments, settings);
                }

                break;
            default:
                settings.Add(new Setting(path, Label(path), comments, node));
                break;
        }
    }

    private static List<string> CommentsOf(JsonNode? node) => Texts((node as JsonObject)?["$comment"]);

    private static List<string> Texts(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(n => n?.ToString() ?? "").Where(s => s.Length > 0).ToList(),
        JsonValue value => [value.ToString()],
        _ => [],
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
