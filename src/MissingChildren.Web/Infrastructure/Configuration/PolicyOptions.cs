using System.ComponentModel.DataAnnotations;
using MissingChildren.Domain.Policy;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Configuration;

/// <summary><c>Policy__Profile</c>: which council's protocol the duty engine follows (api.md).</summary>
public sealed class PolicyOptions
{
    public const string Section = "Policy";

    [Required]
    public string Profile { get; set; } = PolicyProfileCatalog.StatutoryName;

    /// <summary><c>Policy__ClosureDays__0=2026-12-24</c>: local closure days that are not working days (ISO dates).</summary>
    public List<DateOnly> ClosureDays { get; set; } = [];
}

internal sealed class PolicyOptionsValidator : IValidateOptions<PolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, PolicyOptions options) =>
        PolicyProfileCatalog.Names.Contains(options.Profile, StringComparer.Ordinal)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Policy:Profile '{options.Profile}' is not a known profile. Use one of: {string.Join(", ", PolicyProfileCatalog.Names)}.");
}
