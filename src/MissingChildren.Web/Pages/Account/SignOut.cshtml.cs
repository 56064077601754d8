using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Account;

public sealed class SignOutModel(ISender mediator) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new Features.Account.SignOut.Command(), cancellationToken);
        return Redirect(Infrastructure.Identity.AuthenticationSetup.SignInPath);
    }
}
