using FluentValidation;
using Mediator;
using MissingChildren.Data;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Features.Account;

/// <summary>Sign in with a local account. Five wrong passwords lock the account for 15 minutes.</summary>
public static class SignIn
{
    public sealed record Command(string? Email, string? Password) : ICommand<Result>;

    public enum Outcome
    {
        SignedIn,
        WrongEmailOrPassword,
        LockedOut,
    }

    public sealed record Result(Outcome Outcome, IReadOnlyList<string> Roles);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email)
                .NotEmpty().WithMessage("Enter your email address")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Enter your password");
        }
    }

    public sealed class Handler(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByEmailAsync(command.Email!.Trim());
            if (user is null)
            {
                return new Result(Outcome.WrongEmailOrPassword, []);
            }

            var result = await signIn.PasswordSignInAsync(user, command.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                return new Result(Outcome.LockedOut, []);
            }

            return result.Succeeded
                ? new Result(Outcome.SignedIn, [.. await users.GetRolesAsync(user)])
                : new Result(Outcome.WrongEmailOrPassword, []);
        }
    }
}
