using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Features.Administration.Users;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Features.Account;

/// <summary>
/// A person sets their password with the one-time link an administrator had e-mailed to them. The link stops working
/// once used (the security stamp changes), after its lifetime, and for a deactivated account.
/// </summary>
public static class SetPassword
{
    /// <summary>Whether the link still works.</summary>
    public sealed record Query(string? UserId, string? Token) : IQuery<bool>;

    public sealed record Command(string? UserId, string? Token, string? NewPassword, string? ConfirmPassword) : ICommand<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Enter a new password");
            RuleFor(c => c.ConfirmPassword).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter your new password again")
                .Equal(c => c.NewPassword).WithMessage("The passwords do not match").When(c => !string.IsNullOrEmpty(c.NewPassword), ApplyConditionTo.CurrentValidator);
        }
    }

    public sealed class QueryHandler(UserManager<ApplicationUser> users) : IQueryHandler<Query, bool>
    {
        public async ValueTask<bool> Handle(Query query, CancellationToken cancellationToken) =>
            await FindAsync(users, query.UserId, query.Token) is { } user
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, query.Token!);
    }

    /// <returns>False when the link no longer works (nothing changed).</returns>
    public sealed class Handler(UserManager<ApplicationUser> users, AppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await FindAsync(users, command.UserId, command.Token) is not { } user)
            {
                return false;
            }

            user.MustChangePassword = false;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            UserAccounts.Audit(db, actor, clock, user.Id, "PasswordSet", by: user.Email);
            var result = await users.ResetPasswordAsync(user, command.Token!, command.NewPassword!);
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                return false;
            }

            return result.Succeeded ? true : throw PasswordErrors.ToValidation(result, _ => nameof(Command.NewPassword));
        }
    }

    private static async Task<ApplicationUser?> FindAsync(UserManager<ApplicationUser> users, string? userId, string? token) =>
        string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await users.FindByIdAsync(userId) is not { IsActive: true } user ? null : user;
}
