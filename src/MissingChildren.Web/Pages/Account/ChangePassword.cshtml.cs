using Mediator;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Account;

/// <summary>
/// Change your password (<c>/account/change-password</c>). A person who must change theirs (the bootstrap
/// administrator) is sent here from every page until they have (<see cref="PasswordChangeRequired"/>).
/// </summary>
public sealed class ChangePasswordModel(ISender mediator) : PageModel, IRedisplayedForm
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [TempData]
    public bool Changed { get; set; }

    public bool MustChange => User.HasClaim(c => c.Type == PasswordChangeRequired.ClaimType);

    /// <summary>Where "Continue" goes once the password is changed: the person's main screen, as after signing in.</summary>
    public string ContinuePath => ServiceNavigation.LandingPathFor(User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value));

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new Features.Account.ChangePassword.Command(CurrentPassword, NewPassword, ConfirmPassword), cancellationToken);
        Changed = true;
        return RedirectToPage();
    }

    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        CurrentPassword = NewPassword = ConfirmPassword = null;
        return Task.CompletedTask;
    }
}
