using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>
/// An administrator switches the policy profile, confirmed with a reason, kept on the <see cref="PolicyChoice"/> (audited).
/// Each profile keeps its own overrides, so switching back brings them back.
/// </summary>
public static class ChooseProfile
{
    /// <param name="From">The profile in force when the page was read: another switch meanwhile is a conflict.</param>
    public sealed record Command(string From, string? Profile, string? Reason) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Profile).NotEmpty().WithMessage("Choose a profile")
                .Must(p => PolicyProfileCatalog.Names.Contains(p, StringComparer.Ordinal)).WithMessage("Choose a profile from the list")
                .NotEqual(c => c.From).WithMessage(c => $"{Describe(c.From)} is already the profile in force: choose another");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Enter why you are switching profile")
                .MaximumLength(1000).WithMessage("The reason must be 1,000 characters or fewer");
        }

        private static string Describe(string name) =>
            PolicyProfileCatalog.Names.Contains(name, StringComparer.Ordinal) ? PolicyProfileCatalog.Load(name).DisplayName : name;
    }

    public sealed class Handler(AppDbContext db, PolicyChanges changes, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            if (changes.Live.Profile.Name != command.From)
            {
                throw new DbUpdateConcurrencyException(EditConflict.Message);
            }

            // One choice, changed in place: the audit log keeps each earlier profile, who chose it and why.
            var choice = await db.PolicyChoices.OrderByDescending(c => c.ChangedAt).FirstOrDefaultAsync(cancellationToken);
            if (choice is null)
            {
                choice = new PolicyChoice { Profile = "", Reason = "", ChangedBy = "" };
                db.PolicyChoices.Add(choice);
            }

            choice.Profile = command.Profile!;
            choice.Reason = command.Reason!.Trim();
            choice.ChangedBy = actor.Name;
            choice.ChangedAt = clock.GetUtcNow();
            await changes.SaveAsync($"Profile {command.Profile} chosen instead of {command.From}", cancellationToken);
            return Unit.Value;
        }
    }
}
