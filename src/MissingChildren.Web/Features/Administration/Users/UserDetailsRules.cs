using FluentValidation;
using MissingChildren.Data;
using MissingChildren.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>What an administrator types about a person, on creating or editing them.</summary>
public interface IUserDetails
{
    /// <summary>The user being edited; null for a new one.</summary>
    string? UserId { get; }

    string? DisplayName { get; }

    string? Email { get; }

    IReadOnlyList<string>? Roles { get; }

    Guid? TeamId { get; }

    Agency? Agency { get; }
}

/// <summary>The rules for <see cref="IUserDetails"/>, included by the create and edit validators.</summary>
public sealed class UserDetailsRules : AbstractValidator<IUserDetails>
{
    public const string EmailTaken = "A user with this email address already exists";

    public UserDetailsRules(AppDbContext db, ILookupNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(normalizer);
        RuleFor(c => c.DisplayName)
            .NotEmpty().WithMessage("Enter the user's name")
            .MaximumLength(200).WithMessage("The name must be 200 characters or fewer");
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the user's email address")
            .MaximumLength(256).WithMessage("The email address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MustAsync(async (command, email, cancellationToken) =>
            {
                var normalised = normalizer.NormalizeEmail(email!.Trim());
                return !await db.Users.AnyAsync(u => u.NormalizedEmail == normalised && u.Id != command.UserId, cancellationToken);
            }).WithMessage(EmailTaken);
        RuleFor(c => c.Roles)
            .NotEmpty().WithMessage("Select at least one role")
            .Must(roles => roles!.All(r => Domain.Roles.All.Contains(r))).WithMessage("Select roles from the list");
        RuleFor(c => c.TeamId)
            .MustAsync((teamId, cancellationToken) => db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
            .When(c => c.TeamId is not null)
            .WithMessage("Select a team from the list");
        RuleFor(c => c.Agency).NotNull().WithMessage("Select the user's agency").IsInEnum().WithMessage("Select the user's agency");
    }
}
