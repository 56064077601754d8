using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>"Use the profile's value": an administrator removes their override of a setting, with a reason (audited).</summary>
public static class ResetPolicySetting
{
    /// <param name="Version">The override's version when the page was read.</param>
    public sealed record Command(string Profile, string Path, Guid? Version, string? Reason) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Enter why you are going back to the profile's value")
                .MaximumLength(1000).WithMessage("The reason must be 1,000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, PolicyChanges changes, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var existing = await db.PolicyOverrides.SingleOrDefaultAsync(o => o.Profile == command.Profile && o.Path == command.Path, cancellationToken);
            if (existing is null || command.Version is not { } version || changes.Live.Profile.Name != command.Profile)
            {
                // Removed, or the profile switched, since the page was read.
                throw new DbUpdateConcurrencyException(EditConflict.Message);
            }

            // The reason and who gave it are saved first, so the audit log holds them with the removal.
            db.Entry(existing).Property(o => o.Version).OriginalValue = version;
            existing.Reason = command.Reason!.Trim();
            existing.ChangedBy = actor.Name;
            existing.ChangedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);

            db.PolicyOverrides.Remove(existing);
            await changes.SaveAsync($"Setting {command.Path} of {command.Profile} back to the profile's value", cancellationToken);
            return Unit.Value;
        }
    }
}
