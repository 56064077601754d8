using MissingChildren.Web.Features.Account;

namespace MissingChildren.Tests.Account;

public sealed class SignInValidatorTests
{
    private static IEnumerable<string> Errors(string? email, string? password) =>
        new SignIn.Validator().Validate(new SignIn.Command(email, password)).Errors.Select(e => e.ErrorMessage);

    [Fact]
    public void Empty_AsksForBoth() =>
        Assert.Equal(["Enter your email address", "Enter your password"], Errors(null, null));

    [Fact]
    public void MalformedEmail_AsksForTheCorrectFormat() =>
        Assert.Equal(["Enter an email address in the correct format, like name@example.org"], Errors("name.example.org", "x"));

    [Fact]
    public void EmailAndPassword_AreAccepted() => Assert.Empty(Errors("name@example.org", "x"));
}
