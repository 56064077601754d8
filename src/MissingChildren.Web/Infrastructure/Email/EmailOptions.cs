namespace MissingChildren.Web.Infrastructure.Email;

/// <summary>
/// <c>Email__*</c>: how notices are e-mailed. <c>Email__PickupDirectory</c> writes each message to a folder
/// instead of sending it (the Development default, so nothing leaves the machine); otherwise SMTP (MailKit).
/// With neither, notices are in-app only.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public bool Enabled { get; set; }

    /// <summary>The service's own address, for example missing-children@council.example.</summary>
    public string From { get; set; } = "missing-children@example.org";

    public string FromName { get; set; } = "MissingChildren";

    /// <summary>Absolute, or relative to the app's folder. When set, messages are written here as .eml files.</summary>
    public string? PickupDirectory { get; set; }

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>StartTls (default), SslOnConnect or None.</summary>
    public string SmtpSecurity { get; set; } = "StartTls";

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>The service's public address, for links in e-mails, for example https://missing-children.council.example.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";
}
