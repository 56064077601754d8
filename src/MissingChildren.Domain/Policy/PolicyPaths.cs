using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MissingChildren.Domain.Policy;

/// <summary>
/// A setting's place in a profile file, written as in the file with camelCase keys and list indexes:
/// <c>returnInterview.offerWithinHours</c>, <c>whileMissing.longMissingReviews[0].chair</c>. An administrator's
/// override names its setting so; it is laid over the resolved profile JSON before binding.
/// </summary>
public static class PolicyPaths
{
    /// <summary>One step of a path: an object's key, or a list's index.</summary>
    public readonly record struct Step(string? Key, int Index)
    {
        public bool IsIndex => Key is null;
    }

    /// <summary>The steps of <paramref name="path"/>; throws <see cref="PolicyProfileException"/> when it is not a path.</summary>
    public static IReadOnlyList<Step> Parse(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new PolicyProfileException("A setting's path is required.");
        }

        var steps = new List<Step>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? part : part[..bracket];
            if (key.Length == 0 || key.StartsWith('$') || !key.All(char.IsAsciiLetterOrDigit))
            {
                throw new PolicyProfileException($"'{path}' is not a setting's path.");
            }

            steps.Add(new Step(key, 0));
            var rest = bracket < 0 ? "" : part[bracket..];
            while (rest.Length > 0)
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                if (!rest.StartsWith('[') || close < 2 || !int.TryParse(rest[1..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw new PolicyProfileException($"'{path}' is not a setting's path.");
                }

                steps.Add(new Step(null, index));
                rest = rest[(close + 1)..];
            }
        }

        return steps;
    }

    /// <summary>The value at <paramref name="path"/> (null for JSON null); throws when the profile has no such setting.</summary>
    public static JsonNode? Read(JsonObject profile, string path)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var steps = Parse(path);
        var (parent, last) = Parent(profile, path, steps);
        return last.IsIndex ? ((JsonArray)parent)[last.Index] : ((JsonObject)parent)[last.Key!];
    }

    /// <summary>A copy of <paramref name="profile"/> with <paramref name="value"/> at <paramref name="path"/>; throws when the profile has no such setting.</summary>
    public static JsonObject Apply(JsonObject profile, string path, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var steps = Parse(path);
        var copy = (JsonObject)profile.DeepClone();
        var (parent, last) = Parent(copy, path, steps);
        if (last.IsIndex)
        {
            ((JsonArray)parent)[last.Index] = value?.DeepClone();
        }
        else
        {
            ((JsonObject)parent)[last.Key!] = value?.DeepClone();
        }

        return copy;
    }

    /// <summary>Parses a stored override's value; throws <see cref="PolicyProfileException"/> when it is not JSON.</summary>
    public static JsonNode? ParseValue(string json, string path)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new PolicyProfileException($"The value of {path} is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The type a setting binds to, found by walking <see cref="PolicyProfile"/>'s properties along the path, and
    /// whether it may be null ("not applied in this profile"); null when no property of the profile has that path.
    /// </summary>
    public static SettingType? TypeOf(string path)
    {
        IReadOnlyList<Step> steps;
        try
        {
            steps = Parse(path);
        }
        catch (PolicyProfileException)
        {
            return null;
        }

        var nullability = new NullabilityInfoContext();
        var type = typeof(PolicyProfile);
        var allowsNull = false;
        foreach (var step in steps)
        {
            if (step.IsIndex)
            {
                var element = ElementType(type);
                if (element is null)
                {
                    return null;
                }

                type = element;
                allowsNull = false;
                continue;
            }

            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.CanWrite && string.Equals(JsonNamingPolicy.CamelCase.ConvertName(p.Name), step.Key, StringComparison.Ordinal));
            if (property is null)
            {
                return null;
            }

            var underlying = Nullable.GetUnderlyingType(property.PropertyType);
            allowsNull = underlying is not null || nullability.Create(property).WriteState == NullabilityState.Nullable;
            type = underlying ?? property.PropertyType;
        }

        return new SettingType(type, allowsNull, ElementType(type));
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string)
            ? null
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                ?.GetGenericArguments()[0];

    private static (JsonNode Parent, Step Last) Parent(JsonObject root, string path, IReadOnlyList<Step> steps)
    {
        JsonNode current = root;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var exists = current switch
            {
                JsonObject o when !step.IsIndex => o.ContainsKey(step.Key!),
                JsonArray a when step.IsIndex => step.Index < a.Count,
                _ => false,
            };
            if (!exists)
            {
                throw new PolicyProfileException($"The profile has no setting {path}.");
            }

            if (i == steps.Count - 1)
            {
                return (current, step);
            }

            current = (step.IsIndex ? ((JsonArray)current)[step.Index] : ((JsonObject)current)[step.Key!])
                ?? throw new PolicyProfileException($"The profile has no setting {path}: a part of it is not applied in this profile.");
        }

        throw new PolicyProfileException($"'{path}' is not a setting's path.");
    }
}

/// <summary>What a setting binds to: <paramref name="Type"/> without <see cref="Nullable{T}"/>, whether null is allowed, and a list's element type.</summary>
public sealed record SettingType(Type Type, bool AllowsNull, Type? ElementType)
{
    public bool IsEnum => Type.IsEnum;

    public bool IsEnumList => ElementType is { IsEnum: true };
}
