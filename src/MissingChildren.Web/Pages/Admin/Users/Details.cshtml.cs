using Mediator;
using MissingChildren.Web.Features.Administration.Users;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Users;

/// <summary>
/// A user's page (<c>/admin/users/{id}</c>): their account, and what an administrator can do to it, each a form
/// (deactivating and signing out everywhere are confirmed first, on this page with <c>?confirm=</c>).
/// </summary>
[Authorize(Roles = Domain.Roles.Administrator)]
public sealed class DetailsModel(ISender mediator) : PageModel, IRedisplayedForm
{
    public const string DoneKey = "UserDone";
    public const string LinkKey = "UserLinkSent";
    public const string ConfirmDeactivate = "deactivate";
    public const string ConfirmSignOut = "sign-out";

    [FromRoute]
    public string Id { get; set; } = "";

    [FromQuery]
    public string? Confirm { get; set; }

    public GetUser.Result Account { get; private set; } = default!;

    /// <summary>What was just done, for the success banner.</summary>
    public string? Done { get; private set; }

    /// <summary>False when a set-password link was due but could not be e-mailed.</summary>
    public bool? LinkSent { get; private set; }

    public static string Created(int children) => children switch
    {
        0 => "User created",
        1 => "User created. They took on 1 child the case management system had allocated to their email address",
        _ => $"User created. They took on {children} children the case management system had allocated to their email address",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData[DoneKey] as string;
        LinkSent = TempData[LinkKey] as bool?;
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken) =>
        DoAsync(new DeactivateUser.Command(Id), "User deactivated. They are signed out and cannot sign in", cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken) =>
        DoAsync(new ReactivateUser.Command(Id), "User reactivated. They can sign in again", cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        DoAsync(new UnlockUser.Command(Id), "User unlocked. They can sign in again now", cancellationToken);

    public Task<IActionResult> OnPostSignOutAsync(CancellationToken cancellationToken) =>
        DoAsync(new SignOutEverywhere.Command(Id), "User signed out everywhere. They need to sign in again on every device", cancellationToken);

    public async Task<IActionResult> OnPostSendLinkAsync(CancellationToken cancellationToken)
    {
        var sent = await mediator.Send(new SendSetPasswordLink.Command(Id), cancellationToken);
        if (sent)
        {
            TempData[DoneKey] = "A new link to set their password has been emailed to them";
        }

        TempData[LinkKey] = sent;
        return Redirect(Links.AdminUser(Id));
    }

    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        Confirm = null;
        return LoadAsync(cancellationToken);
    }

    private async Task<IActionResult> DoAsync(ICommand<Mediator.Unit> command, string done, CancellationToken cancellationToken)
    {
        await mediator.Send(command, cancellationToken);
        TempData[DoneKey] = done;
        return Redirect(Links.AdminUser(Id));
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Account = await mediator.Send(new GetUser.Query(Id), cancellationToken);
}
