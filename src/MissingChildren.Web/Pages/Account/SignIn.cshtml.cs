using Mediator;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(ISender mediator, IOptions<OpenIdConnectSignInOptions> oidc) : PageModel, IRedisplayedForm
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public OpenIdConnectSignInOptions OpenIdConnect => oidc.Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new Features.Account.SignIn.Command(Email, Password), cancellationToken);

        switch (result.Outcome)
        {
            case Features.Account.SignIn.Outcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl : ServiceNavigation.LandingPathFor(result.Roles));
            case Features.Account.SignIn.Outcome.LockedOut:
                ModelState.AddModelError(nameof(Email), "Your account is locked because of too many failed attempts to sign in. Try again in 15 minutes");
                return Invalid();
            default:
                ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
                return Invalid();
        }
    }

    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        Password = null;
        return Task.CompletedTask;
    }

    private PageResult Invalid()
    {
        Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
