using Mediator;
using MissingChildren.Data;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Features.Account;

public static class SignOut
{
    public sealed record Command : ICommand;

    public sealed class Handler(SignInManager<ApplicationUser> signIn) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await signIn.SignOutAsync();
            return Unit.Value;
        }
    }
}
