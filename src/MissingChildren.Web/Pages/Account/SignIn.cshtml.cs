using Mediator;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Web.Infrastructure.Identity;
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

    /// <summary>Why the last session ended, when the service ended it (<see cref="SessionLimits"/>).</summary>
    [BindProperty(SupportsGet = true, Name = SessionLimits.ReasonParameter)]
    public string? SignedOut { get; set; }

    public string? SignedOutMessage => SignedOut switch
    {
        SessionLimits.Inactive => "You were signed out because you were inactive",
        SessionLimits.Expired => "You were signed out because you had been signed in for too long",
        _ => null,
    };

    public OpenIdConnectSignInOptions OpenIdConnect => oidc.Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new Features.Account.SignIn.Command(Email, Password, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);

        switch (result.Outcome)
        {
            case Features.Account.SignIn.Outcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl : ServiceNavigation.LandingPathFor(result.Roles));
            case Features.Account.SignIn.Outcome.TooManyAttempts:
                var minutes = (int)Math.Ceiling(result.RetryAfter!.Value.TotalMinutes);
                ModelState.AddModelError(nameof(Email),
                    $"There have been too many attempts to sign in. Wait {minutes} {(minutes == 1 ? "minute" : "minutes")}, then try again");
                Password = null;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
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
