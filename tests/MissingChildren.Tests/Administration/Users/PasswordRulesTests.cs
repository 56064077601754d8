using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Tests.Administration.Users;

/// <summary>The NCSC-style deny-list: common passwords (also dressed up with digits and symbols), the person's own name or e-mail, the service's name.</summary>
public sealed class PasswordRulesTests
{
    private static readonly ApplicationUser Person = new() { DisplayName = "Jordan Ellis", Email = "j.ellis@council.example", UserName = "j.ellis@council.example" };

    private static async Task<IReadOnlyList<string>> ErrorsAsync(string password) =>
        [.. (await new PasswordRules().ValidateAsync(null!, Person, password)).Errors.Select(e => e.Description)];

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("qwertyuiop123")]
    [InlineData("123456789012")]
    [InlineData("!!Liverpool2026!!")]
    [InlineData("ILOVEYOU-1234")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abababababab")]
    public async Task CommonPasswords_AreRefused_EvenWithDigitsAndSymbolsAdded(string password) =>
        Assert.Equal([PasswordRules.TooCommon], await ErrorsAsync(password));

    [Theory]
    [InlineData("jordan ellis 2026")]
    [InlineData("JordanEllis!!2026")]
    [InlineData("my j.ellis@council.example")]
    [InlineData("j.ellis-secure-one")]
    public async Task TheirOwnNameOrEmail_IsRefused(string password) =>
        Assert.Equal([PasswordRules.HoldsTheirName], await ErrorsAsync(password));

    [Theory]
    [InlineData("MissingChildren2026")]
    [InlineData("missing children rocks")]
    public async Task TheServicesName_IsRefused(string password) =>
        Assert.Equal([PasswordRules.HoldsTheService], await ErrorsAsync(password));

    [Theory]
    [InlineData("marble kettle orchard")]
    [InlineData("correct horse battery staple")]
    [InlineData("tundra mosaic lighthouse")]
    [InlineData("4829163750284")]
    [InlineData("Demo-Password-1")]
    public async Task LongUncommonPasswords_AreAccepted_WithoutDigitsCapitalsOrSymbols(string password) =>
        Assert.Empty(await ErrorsAsync(password));

    [Fact]
    public void EveryListedPassword_IsRefused()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("MissingChildren.Web.CommonPasswords.txt")!;
        using var reader = new StreamReader(stream);
        var listed = reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.True(listed.Count > 200);
        Assert.All(listed, word => Assert.Equal(PasswordRules.TooCommon, PasswordRules.Check(word, "someone@example.org", "Someone Else")));
    }
}
