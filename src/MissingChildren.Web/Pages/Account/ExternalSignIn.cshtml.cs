using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Pages.Account;

/// <summary>Starts and completes sign-in with the organisation's OpenID Connect provider, when it is configured.</summary>
[AllowAnonymous]
public sealed class ExternalSignInModel(ISender mediator, SignInManager<ApplicationUser> signIn, IOptions<Infrastructure.Configuration.OpenIdConnectSignInOptions> oidc) : PageModel
{
    public IActionResult OnPost(string? returnUrl)
    {
        if (!oidc.Value.Enabled)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalSignIn", "Callback", new { returnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectDefaults.AuthenticationScheme, callback);
        return Challenge(properties, OpenIdConnectDefaults.AuthenticationScheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        if (!oidc.Value.Enabled)
        {
            return NotFound();
        }

        var result = await mediator.Send(new Features.Account.SignInExternal.Command(), cancellationToken);
        if (!result.SignedIn)
        {
            return RedirectToPage("/Account/NotSetUp");
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl != "/" ? returnUrl : ServiceNavigation.LandingPathFor(result.Roles));
    }
}
