namespace MissingChildren.Web.Infrastructure.Configuration;

/// <summary>
/// <c>Privacy__*</c>: who the cookies and privacy page names as the data controller of this installation, and how to
/// reach their data protection officer. Left empty, the page says "the council that runs this service".
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The organisation that decides how the service's information is used ("North Somerset Council").</summary>
    public string? Controller { get; set; }

    /// <summary>How to contact its data protection officer (an e-mail address or a web page).</summary>
    public string? Contact { get; set; }
}
