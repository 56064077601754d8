using MissingChildren.Domain;

namespace MissingChildren.Testing;

public static class DemoUsers
{
    public const string Password = "Test-Password-1";

    public static string EmailFor(string role) => $"{Roles.ToKebabCase(role)}@example.org";
}
