using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Features.Account;

/// <summary>
/// Sign in with a local account. An unknown or deactivated account costs the same password hashing as a real one, so
/// the answer's timing does not tell which e-mails have accounts; failed attempts are limited per client address and
/// per account (<see cref="SignInThrottle"/>), and many wrong passwords in a row lock the account for 15 minutes.
/// </summary>
public static class SignIn
{
    public sealed record Command(string? Email, string? Password, string? ClientAddress = null) : ICommand<Result>;

    public enum Outcome
    {
        SignedIn,
        WrongEmailOrPassword,
        LockedOut,
        TooManyAttempts,
    }

    public sealed record Result(Outcome Outcome, IReadOnlyList<string> Roles, TimeSpan? RetryAfter = null);

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

    public sealed class Handler(
        SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IPasswordHasher<ApplicationUser> hasher, SignInThrottle throttle)
        : ICommandHandler<Command, Result>
    {
        private static readonly ApplicationUser Nobody = new() { UserName = "nobody", Email = "nobody@invalid", DisplayName = "nobody" };
        private static string? _nobodysHash;

        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var email = command.Email!.Trim();
            if (throttle.WaitBefore(command.ClientAddress, email) is { } wait)
            {
                return new Result(Outcome.TooManyAttempts, [], wait);
            }

            var user = await users.FindByEmailAsync(email);
            var result = user is null ? SignInResult.Failed : await signIn.PasswordSignInAsync(user, command.Password!, isPersistent: false, lockoutOnFailure: true);
            if (user is null || result.IsNotAllowed)
            {
                // The same work as checking a real password (Identity's hasher: PBKDF2), for an account that does not
                // exist or cannot sign in.
                _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
                hasher.VerifyHashedPassword(Nobody, _nobodysHash, command.Password!);
            }

            if (!result.Succeeded)
            {
                throttle.Failed(command.ClientAddress, email);
                return new Result(result.IsLockedOut ? Outcome.LockedOut : Outcome.WrongEmailOrPassword, []);
            }

            return new Result(Outcome.SignedIn, [.. await users.GetRolesAsync(user!)]);
        }
    }
}
