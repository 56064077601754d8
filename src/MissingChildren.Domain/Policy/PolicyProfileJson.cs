using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MissingChildren.Domain.Policy;

/// <summary>
/// Reading, merging and binding profile JSON. A profile file may say <c>"basedOn": "Statutory"</c>
/// and list only what differs; <see cref="Merge"/> lays it over the resolved baseline.
/// </summary>
/// <remarks>
/// Merge rules: objects merge key by key (recursively); anything else (a number, a string, an
/// array, or an explicit <c>null</c>) in the profile replaces the baseline's value. So a profile
/// switches a baseline rule off with <c>null</c>, and replaces a list whole.
/// Keys starting with <c>$</c> (<c>"$comment"</c>) are documentation: they are kept in the merged
/// JSON for display and removed before binding. Binding is strict: an unknown key, a missing
/// required value or a null where one is not allowed is an error.
/// </remarks>
public static class PolicyProfileJson
{
    public const string BasedOnKey = "basedOn";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The options profiles are bound with: camelCase keys, enums as strings, strict.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    /// <summary>Parses one profile file; it must be a JSON object.</summary>
    public static JsonObject Parse(string json, string source)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: DocumentOptions) as JsonObject
                ?? throw new PolicyProfileException($"Policy profile '{source}' must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new PolicyProfileException($"Policy profile '{source}' is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>A new object: <paramref name="baseline"/> with <paramref name="overrides"/> laid over it.</summary>
    public static JsonObject Merge(JsonObject baseline, JsonObject overrides)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(overrides);

        var result = (JsonObject)baseline.DeepClone();
        MergeInto(result, overrides);
        return result;
    }

    /// <summary>
    /// Resolves <paramref name="name"/> by following <c>basedOn</c> through <paramref name="readRaw"/>
    /// (which returns a profile's own file, or null when there is none) and merging each level.
    /// </summary>
    public static JsonObject Resolve(string name, Func<string, string?> readRaw)
    {
        ArgumentNullException.ThrowIfNull(readRaw);
        return Resolve(name, readRaw, []);
    }

    /// <summary>Binds merged JSON to a <see cref="PolicyProfile"/> and validates it.</summary>
    public static PolicyProfile Bind(JsonObject resolved, string source)
    {
        ArgumentNullException.ThrowIfNull(resolved);

        var clean = (JsonObject)resolved.DeepClone();
        StripComments(clean);
        clean.Remove(BasedOnKey); // How the file was resolved, not a setting.

        PolicyProfile? profile;
        try
        {
            profile = clean.Deserialize<PolicyProfile>(SerializerOptions);
        }
        catch (JsonException ex)
        {
            throw new PolicyProfileException($"Policy profile '{source}' does not match the policy schema at {ex.Path ?? "$"}: {ex.Message}", ex);
        }

        if (profile is null)
        {
            throw new PolicyProfileException($"Policy profile '{source}' is empty.");
        }

        var errors = profile.Validate();
        if (errors.Count > 0)
        {
            throw new PolicyProfileException($"Policy profile '{source}' is not valid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}", errors);
        }

        return profile;
    }

    private static JsonObject Resolve(string name, Func<string, string?> readRaw, List<string> chain)
    {
        if (chain.Contains(name, StringComparer.Ordinal))
        {
            throw new PolicyProfileException($"Policy profiles are based on each other in a loop: {string.Join(" → ", chain)} → {name}.");
        }

        chain.Add(name);
        var raw = readRaw(name) ?? throw new PolicyProfileException(
            chain.Count == 1
                ? $"Policy profile '{name}' was not found."
                : $"Policy profile '{chain[^2]}' is based on '{name}', which was not found.");
        var own = Parse(raw, name);

        var declaredName = own["name"]?.GetValue<string>();
        if (!string.Equals(declaredName, name, StringComparison.Ordinal))
        {
            throw new PolicyProfileException($"Policy profile file '{name}' declares the name '{declaredName}'.");
        }

        if (own[BasedOnKey] is not JsonValue basedOnValue)
        {
            return own;
        }

        var baseline = Resolve(basedOnValue.GetValue<string>(), readRaw, chain);
        return Merge(baseline, own);
    }

    private static void MergeInto(JsonObject target, JsonObject overrides)
    {
        foreach (var (key, value) in overrides)
        {
            if (value is JsonObject overrideObject && target[key] is JsonObject targetObject)
            {
                MergeInto(targetObject, overrideObject);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private static void StripComments(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).Where(k => k.StartsWith('$')).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, child) in obj)
                {
                    StripComments(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    StripComments(child);
                }

                break;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
