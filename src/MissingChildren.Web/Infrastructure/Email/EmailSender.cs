using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MissingChildren.Web.Infrastructure.Email;

public interface IEmailSender
{
    /// <summary>Sends (or, with a pickup directory, writes) one plain-text message.</summary>
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>MailKit over SMTP, or a pickup folder of .eml files where configured (Development and tests).</summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            var folder = Path.IsPathRooted(settings.PickupDirectory) ? settings.PickupDirectory : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            await message.WriteToAsync(Path.Combine(folder, $"{message.MessageId ?? Guid.NewGuid().ToString("N")}.eml".Replace('@', '_').Replace('<', '_').Replace('>', '_')), cancellationToken);
            return;
        }

        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.SmtpSecurity, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set."), settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
