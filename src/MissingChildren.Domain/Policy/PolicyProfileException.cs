namespace MissingChildren.Domain.Policy;

/// <summary>A policy profile could not be read, merged, bound or validated.</summary>
public sealed class PolicyProfileException : Exception
{
    public PolicyProfileException()
    {
    }

    public PolicyProfileException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public PolicyProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>A profile that binds but breaks its rules: each problem as the validator words it.</summary>
    public PolicyProfileException(string message, IReadOnlyList<string> problems)
        : base(message)
    {
        Problems = problems;
    }

    /// <summary>What is wrong, one problem per entry, for people (the policy page's error summary).</summary>
    public IReadOnlyList<string> Problems { get; } = [];
}
