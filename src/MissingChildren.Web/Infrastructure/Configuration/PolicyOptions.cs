using System.ComponentModel.DataAnnotations;

namespace MissingChildren.Web.Infrastructure.Configuration;

/// <summary><c>Policy__Profile</c>: which council's protocol the duty engine follows (api.md).</summary>
public sealed class PolicyOptions
{
    public const string Section = "Policy";

    public static IReadOnlyList<string> ProfileNames { get; } = ["Statutory", "NorthSomerset", "Somerset", "Medway", "Rutland"];

    [Required]
    public string Profile { get; set; } = "Statutory";
}

internal sealed class PolicyOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<PolicyOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, PolicyOptions options) =>
        PolicyOptions.ProfileNames.Contains(options.Profile, StringComparer.Ordinal)
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Success
            : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(
                $"Policy:Profile '{options.Profile}' is not a known profile. Use one of: {string.Join(", ", PolicyOptions.ProfileNames)}.");
}
