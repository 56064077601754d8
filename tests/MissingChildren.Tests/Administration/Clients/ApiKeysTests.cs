using MissingChildren.Web.Features.Administration.Clients;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Tests.Administration.Clients;

/// <summary>Keys an administrator is given: long, random, safe in a header, kept as a hash and a short hint.</summary>
public sealed class ApiKeysTests
{
    [Fact]
    public void Generate_MakesDistinctBase64UrlKeys_AtLeastAsLongAsAConfiguredKeyMustBe()
    {
        var keys = Enumerable.Range(0, 50).Select(_ => ApiKeys.Generate()).ToList();

        Assert.All(keys, k => Assert.Equal(43, k.Length)); // 32 bytes
        Assert.All(keys, k => Assert.True(k.Length >= IntegrationOptions.MinimumKeyLength));
        Assert.All(keys, k => Assert.Matches("^[A-Za-z0-9_-]+$", k));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hash_IsSha256_OfTheKeysUtf8Bytes()
    {
        var hash = ApiKeys.Hash("abc");

        Assert.Equal("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", Convert.ToHexString(hash));
    }

    [Fact]
    public void Hint_IsTheFirstSixCharacters_AndNothingForAKeyTooShortToHideTheRest()
    {
        Assert.Equal("police", ApiKeys.Hint("police-test-key-0123456789abcdef0123456789"));
        Assert.Equal("", ApiKeys.Hint("short"));
    }

    [Fact]
    public void ChosenScopes_AreStoredInTheApisOrder_OnceEach()
    {
        Assert.Equal("notifications:write,children:write,read", ClientChoices.Join(["read", "children:write", "notifications:write", "read"]));
        Assert.Equal("read", ClientChoices.Join(["read"]));
    }
}
