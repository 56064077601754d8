using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Tests.Configuration;

public sealed class IntegrationOptionsValidatorTests
{
    private static readonly string GoodKey = new('k', 40);

    private static IntegrationClientOptions Client(string name = "police", string? key = null, string scopes = "notifications:write,read") =>
        new() { Name = name, Key = key ?? GoodKey, Agency = Agency.Police, Scopes = scopes };

    private static IReadOnlyList<string> Failures(params IntegrationClientOptions[] clients) =>
        new IntegrationOptionsValidator().Validate(null, new IntegrationOptions { Clients = [.. clients] }).Failures?.ToList() ?? [];

    [Fact]
    public void AWellFormedClient_IsAccepted() => Assert.Empty(Failures(Client()));

    [Fact]
    public void NoClients_IsAccepted() => Assert.Empty(Failures());

    [Fact]
    public void AShortKey_IsRefused() =>
        Assert.Equal(["Integration:Clients:0:Key must be at least 32 characters."], Failures(Client(key: "short")));

    [Fact]
    public void AnUnknownScope_IsNamed() =>
        Assert.Equal(["Integration:Clients:0:Scopes has an unknown scope 'admin'."], Failures(Client(scopes: "read,admin")));

    [Fact]
    public void NoScopes_IsRefused() =>
        Assert.Contains("Integration:Clients:0:Scopes must name at least one of notifications:write, children:write, read, attendance:write.", Failures(Client(scopes: " , ")));

    [Fact]
    public void AMissingName_IsRefused() =>
        Assert.Equal(["Integration:Clients:0:Name is required."], Failures(Client(name: "")));

    [Fact]
    public void TwoClientsWithOneKey_AreRefused() =>
        Assert.Contains("Integration:Clients has the same key for more than one client.", Failures(Client("a"), Client("b")));

    [Fact]
    public void TwoClientsWithOneName_AreRefused() =>
        Assert.Contains("Integration:Clients has the name 'police' more than once.", Failures(Client(), Client(key: new string('x', 40))));
}
