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
    }

    public PolicyProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
