using Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Account;

/// <summary>Set your password with the one-time link e-mailed to you (<c>/account/set-password?userId=…&amp;token=…</c>).</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(ISender mediator) : PageModel, IRedisplayedForm
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>False: the link has expired, was used, or was never valid.</summary>
    public bool LinkWorks { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        LinkWorks = await mediator.Send(new Features.Account.SetPassword.Query(UserId, Token), cancellationToken);
        if (!LinkWorks)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Features.Account.SetPassword.Command(UserId, Token, NewPassword, ConfirmPassword), cancellationToken))
        {
            return RedirectToPage("/Account/PasswordSet");
        }

        LinkWorks = false;
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        NewPassword = ConfirmPassword = null;
        return Task.CompletedTask;
    }
}
