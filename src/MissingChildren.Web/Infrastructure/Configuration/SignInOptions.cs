namespace MissingChildren.Web.Infrastructure.Configuration;

/// <summary>
/// <c>Authentication__OpenIdConnect__*</c>: an organisation's own OpenID Connect provider (Entra ID),
/// offered beside local accounts when <see cref="Enabled"/> is on.
/// </summary>
public sealed class OpenIdConnectSignInOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    public bool Enabled { get; set; }

    /// <summary>For Entra ID: https://login.microsoftonline.com/{tenant-id}/v2.0</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The label on the sign-in button, for example "Sign in with your council account".</summary>
    public string DisplayName { get; set; } = "Sign in with your organisation account";
}
