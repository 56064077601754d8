using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Email;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>
/// E-mails a person a one-time link to set their password (Identity's password reset token: it stops working once used,
/// because setting the password changes the security stamp, and after <see cref="AuthenticationSetup.SetPasswordLinkLifetime"/>).
/// The link is never shown on screen nor logged.
/// </summary>
public sealed partial class SetPasswordLinks(UserManager<ApplicationUser> users, IEmailSender email, IOptions<EmailOptions> options, ILogger<SetPasswordLinks> logger)
{
    /// <summary>No personal details in the subject.</summary>
    public const string Subject = "Set your MissingChildren password";

    /// <summary>Sends the link: false when e-mail is switched off or could not be sent.</summary>
    public async Task<bool> SendAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var settings = options.Value;
        if (!settings.Enabled || string.IsNullOrWhiteSpace(user.Email))
        {
            return false;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = settings.BaseUrl.TrimEnd('/') + Links.SetPasswordLink(user.Id, token);
        var body =
            $"""
            A MissingChildren account has been set up for you, or your administrator has sent you a new link to set your password.

            Set your password here. The link works once, for {AuthenticationSetup.SetPasswordLinkLifetime.TotalDays:0} days:
            {link}

            Then sign in at {settings.BaseUrl.TrimEnd('/')}{AuthenticationSetup.SignInPath} with this email address and your new password.

            If you did not expect this email, tell your MissingChildren administrator.
            """;
        try
        {
            await email.SendAsync(user.Email, Subject, body, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.CommandException or MailKit.ProtocolException
                                       or MailKit.Security.AuthenticationException or MailKit.ServiceNotConnectedException)
        {
            LogFailed(logger, user.Id, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail a set-password link to user {UserId}: {Error}")]
    private static partial void LogFailed(ILogger logger, string userId, string error);
}
