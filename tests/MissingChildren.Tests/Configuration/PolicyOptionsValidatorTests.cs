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
        Assert.Contains("Use one of: Statutory, NorthSomerset, Somerset, Medway, Rutland.", result.FailureMessage, StringComparison.Ordinal);
    }
}
