using Microsoft.Extensions.Hosting.Internal;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Tests.Administration.Audit;

/// <summary>Demo users with a published password never appear in a live system by mistake.</summary>
public sealed class DemoOptionsValidatorTests
{
    private static DemoOptionsValidator In(string environment) => new(new HostingEnvironment { EnvironmentName = environment });

    [Fact]
    public void Production_WithDemoSeed_IsRefused_NamingBothSettings()
    {
        var result = In("Production").Validate(null, new DemoOptions { Seed = true });

        Assert.True(result.Failed);
        Assert.Equal(DemoOptionsValidator.InProductionMessage, result.FailureMessage);
        Assert.Contains("Demo__Seed=false", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Demo__AllowInProduction=true", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_WithDemoSeedExplicitlyAllowed_IsAccepted() =>
        Assert.True(In("Production").Validate(null, new DemoOptions { Seed = true, AllowInProduction = true }).Succeeded);

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    [InlineData("Test", true)]
    [InlineData("Staging", true)]
    public void Elsewhere_OrWithoutDemoData_IsAccepted(string environment, bool seed) =>
        Assert.True(In(environment).Validate(null, new DemoOptions { Seed = seed }).Succeeded);
}
