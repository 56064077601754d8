using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Features.Account;

/// <summary>
/// Signing out ends every session of the person, not only this browser's cookie: a new security stamp makes any copy
/// of the cookie (kept, stolen or replayed) fail the check on its next request (ADR 0012).
/// </summary>
public static class SignOut
{
    public sealed record Command : ICommand;

    public sealed class Handler(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, ICurrentActor actor) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            if (actor.UserId is { } id && await users.FindByIdAsync(id) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Unit.Value;
        }
    }
}
