using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Errors;

/// <summary>
/// The error pages, shown through status-code and exception re-execution, which keeps the request's method: a
/// re-executed POST is answered here like a GET. The code is read from the route, never bound from a posted form
/// (a form that could not be read would bind it to 0), and only a status the service sends is answered with: any
/// other number is the 404 page.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>The statuses the service answers with an error page.</summary>
    public static readonly IReadOnlySet<int> Statuses = new HashSet<int> { 400, 403, 404, 405, 408, 413, 415, 429, 500, 502, 503, 504 };

    public int Code { get; private set; }

    public void OnGet() => Show();

    public void OnPost() => Show();

    private void Show()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var asked) ? asked : 0;
        Code = Statuses.Contains(code) ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
    }
}
