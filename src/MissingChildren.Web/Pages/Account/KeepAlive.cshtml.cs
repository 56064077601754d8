using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Account;

/// <summary>
/// "Stay signed in" on the timeout warning: any signed-in request renews the session (its cookie is reissued on every
/// request), so this answers 204 No Content; a session that has ended is sent to sign in like any other page.
/// </summary>
public sealed class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => new NoContentResult();
}
