using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Identity;

/// <summary>
/// <c>Authentication__Session__*</c>: how long a signed-in session lasts. It ends after <see cref="IdleTimeout"/> without
/// a request, and <see cref="AbsoluteLifetime"/> after signing in whatever the activity. The page warns
/// <see cref="WarningBefore"/> the idle timeout (GOV.UK timeout warning). Checked at start-up.
/// </summary>
public sealed class SessionOptions
{
    public const string Section = "Authentication:Session";

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(2);
}

public sealed class SessionOptionsValidator : IValidateOptions<SessionOptions>
{
    public ValidateOptionsResult Validate(string? name, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = [];
        if (options.IdleTimeout <= TimeSpan.Zero || options.IdleTimeout > TimeSpan.FromHours(12))
        {
            problems.Add($"{SessionOptions.Section}:IdleTimeout must be more than zero and at most 12 hours (it is {options.IdleTimeout}).");
        }

        if (options.AbsoluteLifetime < options.IdleTimeout || options.AbsoluteLifetime > TimeSpan.FromHours(24))
        {
            problems.Add($"{SessionOptions.Section}:AbsoluteLifetime must be at least the IdleTimeout and at most 24 hours (it is {options.AbsoluteLifetime}).");
        }

        if (options.WarningBefore <= TimeSpan.Zero || options.WarningBefore >= options.IdleTimeout)
        {
            problems.Add($"{SessionOptions.Section}:WarningBefore must be more than zero and less than the IdleTimeout (it is {options.WarningBefore}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
