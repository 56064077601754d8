using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;

namespace MissingChildren.Domain.Policy;

/// <summary>
/// The built-in policy profiles, read from the JSON files embedded from
/// <c>Policy/Profiles/*.json</c>, resolved over their baseline, bound and cached.
/// </summary>
public static class PolicyProfileCatalog
{
    /// <summary>The profile every other one is based on.</summary>
    public const string StatutoryName = "Statutory";

    private const string Suffix = ".json";

    private static readonly Assembly ResourceAssembly = typeof(PolicyProfileCatalog).Assembly;
    private static readonly string ResourcePrefix = typeof(PolicyProfileCatalog).Namespace + ".Profiles.";
    private static readonly ConcurrentDictionary<string, Lazy<PolicyProfile>> Cache = new(StringComparer.Ordinal);

    /// <summary>The built-in profile names: Statutory first, then the authorities alphabetically.</summary>
    public static IReadOnlyList<string> Names { get; } = FindNames();

    /// <summary>The resolved, validated profile called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No built-in profile has that name.</exception>
    /// <exception cref="PolicyProfileException">The profile's JSON is wrong.</exception>
    public static PolicyProfile Load(string name)
    {
        var canonical = Canonical(name);
        return Cache.GetOrAdd(
                canonical,
                static n => new Lazy<PolicyProfile>(() => PolicyProfileJson.Bind(LoadResolvedJson(n), n)))
            .Value;
    }

    /// <summary>The merged JSON of a profile, comments included (for display and diagnostics).</summary>
    public static JsonObject LoadResolvedJson(string name) =>
        PolicyProfileJson.Resolve(Canonical(name), ReadOwnJson);

    /// <summary>A profile's own file as embedded, before merging; null when there is none.</summary>
    public static string? ReadOwnJson(string name)
    {
        using var stream = ResourceAssembly.GetManifestResourceStream(ResourcePrefix + name + Suffix);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Canonical(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Names.FirstOrDefault(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(
                $"Unknown policy profile '{name}'. Known profiles: {string.Join(", ", Names)}.",
                nameof(name));
    }

    private static string[] FindNames() =>
        ResourceAssembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(r => r[ResourcePrefix.Length..^Suffix.Length])
            .OrderBy(n => string.Equals(n, StatutoryName, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToArray();
}
