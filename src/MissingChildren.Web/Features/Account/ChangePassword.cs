using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Features.Account;

/// <summary>
/// The signed-in person changes their password, giving the current one. Their other sessions end (a new security
/// stamp); this one carries on. Clears <see cref="ApplicationUser.MustChangePassword"/>.
/// </summary>
public static class ChangePassword
{
    public sealed record Command(string? CurrentPassword, string? NewPassword, string? ConfirmPassword) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
            RuleFor(c => c.NewPassword).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a new password")
                .NotEqual(c => c.CurrentPassword).WithMessage("Your new password must be different from your current password");
            RuleFor(c => c.ConfirmPassword).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter your new password again")
                .Equal(c => c.NewPassword).WithMessage("The passwords do not match").When(c => !string.IsNullOrEmpty(c.NewPassword), ApplyConditionTo.CurrentValidator);
        }
    }

    public sealed class Handler(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, ICurrentActor actor) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = (actor.UserId is { } id ? await users.FindByIdAsync(id) : null) ?? throw new UnauthorizedAccessException();
            user.MustChangePassword = false;
            var result = await users.ChangePasswordAsync(user, command.CurrentPassword!, command.NewPassword!);
            if (!result.Succeeded)
            {
                throw PasswordErrors.ToValidation(result, code => code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Command.CurrentPassword) : nameof(Command.NewPassword));
            }

            await signIn.RefreshSignInAsync(user);
            return Unit.Value;
        }
    }
}
