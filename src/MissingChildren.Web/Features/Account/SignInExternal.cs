using Mediator;
using MissingChildren.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Features.Account;

/// <summary>
/// Completes an OpenID Connect (Entra ID) sign-in: the organisation's account is matched by e-mail to a
/// MissingChildren user set up by an administrator, whose roles and team then apply. Nobody else gets in: an unknown
/// e-mail, a deactivated or a locked-out account is sent to the "not set up" page.
/// </summary>
public static class SignInExternal
{
    public sealed record Command : ICommand<Result>;

    public sealed record Result(bool SignedIn, IReadOnlyList<string> Roles);

    public sealed class Handler(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var info = await signIn.GetExternalLoginInfoAsync();
            var email = info?.Principal.FindFirst("email")?.Value ?? info?.Principal.FindFirst("preferred_username")?.Value;
            var user = email is null ? null : await users.FindByEmailAsync(email);
            // Only a person an administrator created (their e-mail is the link), active and not locked out.
            if (info is null || user is null || await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
            {
                return new Result(false, []);
            }

            await signIn.Context.SignOutAsync(IdentityConstants.ExternalScheme);
            await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
            return new Result(true, [.. await users.GetRolesAsync(user)]);
        }
    }
}
