using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Tests.Configuration;

public sealed class PolicyOptionsValidatorTests
{
    [Theory]
    [InlineData("Statutory")]
    [InlineData("NorthSomerset")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    public void TheFiveProfiles_AreAccepted(string profile) =>
        Assert.True(new PolicyOptionsValidator().Validate(null, new PolicyOptions { Profile = profile }).Succeeded);

    [Theory]
    [InlineData("medway")]
    [InlineData("Kent")]
    [InlineData("")]
    public void AnythingElse_IsRefusedWithTheList(string profile)
    {
        var result = new PolicyOptionsValidator().Validate(null, new PolicyOptions { Profile = profile });

        Assert.True(result.Failed);
        Assert.Contains("is not a known profile. Use one of: ", result.FailureMessage, StringComparison.Ordinal);
        Assert.All(["Statutory", "NorthSomerset", "Somerset", "Medway", "Rutland"], p => Assert.Contains(p, result.FailureMessage, StringComparison.Ordinal));
    }
}
