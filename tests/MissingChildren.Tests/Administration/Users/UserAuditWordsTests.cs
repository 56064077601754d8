using MissingChildren.Web.Features.Administration.Audit;

namespace MissingChildren.Tests.Administration.Users;

/// <summary>What an administrator did to an account, as the audit log page says it.</summary>
public sealed class UserAuditWordsTests
{
    [Theory]
    [InlineData("Created", "Created a user")]
    [InlineData("Changed", "Changed a user")]
    [InlineData("Deactivated", "Deactivated a user")]
    [InlineData("Reactivated", "Reactivated a user")]
    [InlineData("Unlocked", "Unlocked a user")]
    [InlineData("SignedOut", "Signed a user out everywhere")]
    [InlineData("SetLinkSent", "Sent a user a link to set their password")]
    [InlineData("PasswordSet", "Set the password of a user")]
    public void EachActionOnAUser_ReadsAsASentence(string action, string expected) =>
        Assert.Equal(expected, AuditText.What(action, "User"));
}
