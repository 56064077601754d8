using MissingChildren.Domain;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Configuration;

/// <summary><c>Integration__Clients__N__Name|Key|Agency|Scopes</c> (api.md "Clients and keys").</summary>
public sealed class IntegrationOptions
{
    public const string Section = "Integration";

    public const int MinimumKeyLength = 32;

    public static IReadOnlyList<string> KnownScopes { get; } = [IntegrationScopes.NotificationsWrite, IntegrationScopes.ChildrenWrite, IntegrationScopes.Read, IntegrationScopes.AttendanceWrite];

    public List<IntegrationClientOptions> Clients { get; set; } = [];
}

public static class IntegrationScopes
{
    public const string NotificationsWrite = "notifications:write";
    public const string ChildrenWrite = "children:write";
    public const string Read = "read";

    /// <summary>R39: a school's or council's attendance system sends children's absences from school.</summary>
    public const string AttendanceWrite = "attendance:write";
}

public sealed class IntegrationClientOptions
{
    public string Name { get; set; } = "";

    /// <summary>The secret key. Held only as a SHA-256 hash once the app has started.</summary>
    public string Key { get; set; } = "";

    public Agency Agency { get; set; }

    /// <summary>Comma-separated: <c>notifications:write</c>, <c>children:write</c>, <c>read</c>, <c>attendance:write</c>.</summary>
    public string Scopes { get; set; } = "";

    public IReadOnlyList<string> ScopeList =>
        Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class IntegrationOptionsValidator : IValidateOptions<IntegrationOptions>
{
    public ValidateOptionsResult Validate(string? name, IntegrationOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Clients.Count; i++)
        {
            var client = options.Clients[i];
            var at = $"Integration:Clients:{i}";
            if (string.IsNullOrWhiteSpace(client.Name))
            {
                failures.Add($"{at}:Name is required.");
            }

            if (client.Key.Length < IntegrationOptions.MinimumKeyLength)
            {
                failures.Add($"{at}:Key must be at least {IntegrationOptions.MinimumKeyLength} characters.");
            }

            if (!Enum.IsDefined(client.Agency))
            {
                failures.Add($"{at}:Agency is not a known agency.");
            }

            if (client.ScopeList.Count == 0)
            {
                failures.Add($"{at}:Scopes must name at least one of {string.Join(", ", IntegrationOptions.KnownScopes)}.");
            }

            failures.AddRange(client.ScopeList
                .Where(s => !IntegrationOptions.KnownScopes.Contains(s, StringComparer.Ordinal))
                .Select(s => $"{at}:Scopes has an unknown scope '{s}'."));
        }

        failures.AddRange(options.Clients
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1 && !string.IsNullOrWhiteSpace(g.Key))
            .Select(g => $"Integration:Clients has the name '{g.Key}' more than once."));
        failures.AddRange(options.Clients
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && g.Key.Length > 0)
            .Select(_ => "Integration:Clients has the same key for more than one client."));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
